package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.importer.ImportFixtures.preview;
import static org.modesign.importer.ImportFixtures.problems;
import static org.modesign.importer.ImportFixtures.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.importer.mapping.Field;
import org.modesign.importer.mapping.HeaderWords;
import org.modesign.model.Archetype;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;

/** Columns are found by their header in English, Simplified or Traditional Chinese, in any case and spacing. */
class HeaderAliasesTest {

    /** The same row under three headers; each must give the same role. */
    private static final String ROW = "x1,Campaign lead,leader,Martech CoE,APAC,2,agency,p1,Scale,cmo";

    @Test
    void theExportsOwnHeaderNamesEveryColumn() throws UnusableCsv {
        check(ImportFixtures.HEADER);
    }

    @Test
    void englishAliasesInAnyCaseAndSpacing() throws UnusableCsv {
        check("Role ID, Job Title ,TYPE,Department,Region,Headcount,Employment_Type,Start Phase,end-phase,Reports To");
    }

    @Test
    void simplifiedChineseHeaders() throws UnusableCsv {
        check("编号,职位,原型,团队,地区,全职当量,用工方式,开始阶段,结束阶段,上级");
        check("工号,岗位,类型,部门,区域,人数,来源,开始阶段,结束阶段,汇报对象");
    }

    @Test
    void traditionalChineseHeaders() throws UnusableCsv {
        check("編號,職位,原型,團隊,地區,全職當量,來源,開始階段,結束階段,上級");
        check("工號,崗位,類型,部門,區域,人數,用工類型,開始階段,結束階段,匯報對象");
    }

    @Test
    void aByteOrderMarkAndAColonDoNotHideAHeader() {
        assertEquals(Field.TITLE, HeaderWords.field("\uFEFFTitle"));
        assertEquals(Field.MANAGER, HeaderWords.field("上级："));
        assertEquals(Field.MANAGER, HeaderWords.field("reports to:"));
        assertNull(HeaderWords.field("notes"));
    }

    @Test
    void theExportsHeaderWinsOverAnAliasOfTheSameColumn() throws UnusableCsv {
        ImportPreview preview = preview("role,title", "Data lead,Data engineer");
        assertEquals("Data engineer", preview.rows().get(0).role().title());
        assertTrue(preview.notes().contains(ImportText.of(ImportMessage.IGNORED_COLUMNS, "role")), preview.notes()::toString);
    }

    @Test
    void nameIsTheTitleAloneAndThePersonBesideATitle() throws UnusableCsv {
        assertEquals(Field.TITLE, preview("name", "Data engineer").mapping().field(0));
        ImportPreview hr = preview("name,title", "Ann Lee,Data engineer");
        assertEquals("Data engineer", hr.rows().get(0).role().title());
        assertEquals(Field.PERSON, hr.mapping().field(0));
    }

    @Test
    void unknownColumnsAreListedInANote() throws UnusableCsv {
        ImportPreview preview = preview("title,Salary,archetype,备注", "Analyst,100,modeler,x");
        assertEquals(List.of(ImportText.of(ImportMessage.IGNORED_COLUMNS, "Salary, 备注")), preview.notes());
    }

    @Test
    void onlyTheTitleColumnIsRequired() throws UnusableCsv {
        ImportPreview preview = preview("职位", "数据分析师");
        Role role = preview.rows().get(0).role();
        assertEquals("数据分析师", role.title());
        assertEquals(Archetype.MARKETER, role.archetype());
        assertEquals(List.of(ImportText.of(ImportMessage.NO_ARCHETYPE_COLUMN)), preview.notes());
        UnusableCsv e = assertThrows(UnusableCsv.class, () -> preview("id,team,Notes", "a,b,c"));
        assertEquals("the header names no title column (such as title, role, name, 职位 or 岗位); it has \"id\", "
                + "\"team\", \"Notes\"", e.getMessage());
    }

    private static void check(String header) throws UnusableCsv {
        ImportPreview preview = preview(header, ROW);
        assertEquals(List.of(), problems(preview));
        Role role = row(preview, 2).role();
        assertEquals("x1", role.id());
        assertEquals("Campaign lead", role.title());
        assertEquals(Archetype.LEADER, role.archetype());
        assertEquals("coe", role.team());
        assertEquals("apac", role.region());
        assertEquals(2.0, role.fte());
        assertEquals(Sourcing.AGENCY, role.sourcing());
        assertEquals("p1", role.from());
        assertEquals("p2", role.to());
        assertEquals("CMO", row(preview, 2).manager());
        assertEquals(List.of(), preview.notes(), header);
    }
}
