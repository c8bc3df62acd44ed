package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.importer.ImportFixtures.HEADER;
import static org.modesign.importer.ImportFixtures.preview;
import static org.modesign.importer.ImportFixtures.problems;
import static org.modesign.importer.ImportFixtures.row;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.analysis.Validator;
import org.modesign.edit.AddNode;
import org.modesign.edit.EditRejected;
import org.modesign.edit.History;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Ids;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.Team;

/** How rows become roles, teams, regions and lines, and how the import is applied. */
class RoleImporterTest {

    @Test
    void archetypesAndSourcingsInEnglishOrChinese() throws UnusableCsv {
        String[][] cases = {
            {"LEADER", "In House"}, {"领导者", "内部"}, {"領導者", "內部"}, {"Maestro", "AGENCY"}, {"大师", "代理商"},
            {"大師", "contractor"}, {"建模者", "合同工"}, {"modeller", "承包商"}, {"创客", "借调"}, {"製作者", "借調"},
            {"營銷者", "seconded"}, {"行銷者", "in-house"}, {"marketer", ""},
        };
        List<String> lines = new ArrayList<>(List.of("title,archetype,sourcing"));
        for (int i = 0; i < cases.length; i++) {
            lines.add("R" + i + "," + cases[i][0] + "," + cases[i][1]);
        }
        ImportPreview preview = preview(lines.toArray(String[]::new));
        assertEquals(List.of(), problems(preview));
        List<Archetype> archetypes = preview.rows().stream().map(r -> r.role().archetype()).toList();
        List<Sourcing> sourcings = preview.rows().stream().map(r -> r.role().sourcing()).toList();
        assertEquals(List.of(Archetype.LEADER, Archetype.LEADER, Archetype.LEADER, Archetype.MAESTRO,
                Archetype.MAESTRO, Archetype.MAESTRO, Archetype.MODELER, Archetype.MODELER, Archetype.MAKER,
                Archetype.MAKER, Archetype.MARKETER, Archetype.MARKETER, Archetype.MARKETER), archetypes);
        assertEquals(List.of(Sourcing.IN_HOUSE, Sourcing.IN_HOUSE, Sourcing.IN_HOUSE, Sourcing.AGENCY,
                Sourcing.AGENCY, Sourcing.CONTRACTOR, Sourcing.CONTRACTOR, Sourcing.CONTRACTOR, Sourcing.SECONDED,
                Sourcing.SECONDED, Sourcing.SECONDED, Sourcing.IN_HOUSE, Sourcing.IN_HOUSE), sourcings);
    }

    @Test
    void staffingAndCostInEnglishOrChinese() throws UnusableCsv {
        ImportPreview preview = preview("title,staffing,cost", "Lead,filled,180000", "Analyst,Open,\"125 000,50\"",
                "Engineer,计划招聘,", "Planner,空缺,0", "Admin,,");
        assertEquals(List.of(), problems(preview));
        assertEquals(List.of(Staffing.FILLED, Staffing.OPEN, Staffing.PLANNED, Staffing.OPEN, Staffing.FILLED),
                preview.rows().stream().map(r -> r.role().staffing()).toList());
        assertEquals(180_000.0, row(preview, 2).role().cost());
        assertEquals(125_000.5, row(preview, 3).role().cost());
        assertNull(row(preview, 4).role().cost(), "no cost: the archetype's cost per FTE applies");
        assertEquals(0.0, row(preview, 5).role().cost());

        ImportPreview chinese = preview("职位,岗位状态,年成本", "分析师,在岗,90000");
        assertEquals(90_000.0, row(chinese, 2).role().cost());

        ImportPreview bad = preview("title,staffing,cost", "A,hired,1", "B,open,-5", "C,planned,lots");
        assertEquals(List.of("2: unknown staffing \"hired\"; use filled, open or planned",
                "3: cost \"-5\" is not a number of at least 0", "4: cost \"lots\" is not a number of at least 0"),
                problems(bad));
    }

    @Test
    void emptyValuesTakeTheDefaultsAndTheNoteCountsEmptyArchetypes() throws UnusableCsv {
        ImportPreview preview = preview("title;archetype;fte;from;to", "Analyst;;0,5;Scale;", "Planner;;;;optimise");
        Role analyst = row(preview, 2).role();
        assertEquals(Archetype.MARKETER, analyst.archetype());
        assertEquals(0.5, analyst.fte());
        assertEquals(Sourcing.IN_HOUSE, analyst.sourcing());
        assertEquals("p2", analyst.from());
        assertNull(analyst.to());
        assertNull(analyst.team());
        assertNull(analyst.region());
        assertEquals(1.0, row(preview, 3).role().fte());
        assertEquals("p3", row(preview, 3).role().to());
        assertEquals(List.of(ImportText.of(ImportMessage.EMPTY_ARCHETYPES, 2)), preview.notes());
        assertEquals("2 rows have no archetype: they become marketers", preview.notes().get(0).english());
    }

    @Test
    void managersAreFoundAmongTheRowsFirstThenAmongTheCards() throws UnusableCsv {
        ImportPreview preview = preview(HEADER,
                ",CMO,leader,,,,,,,ceo",
                "lead,Campaign lead,leader,,,,,,,CMO",
                ",Designer,maker,,,,,,,lead",
                ",Analyst,modeler,,,,,,,data analyst",
                ",Architect,maker,,,,,,,Martech CoE");
        assertEquals(List.of(), problems(preview));
        assertEquals(List.of(
                new Line(row(preview, 2).role().id(), "ceo", LineStyle.SOLID),
                new Line("lead", row(preview, 2).role().id(), LineStyle.SOLID),
                new Line(row(preview, 4).role().id(), "lead", LineStyle.SOLID),
                new Line(row(preview, 5).role().id(), "analyst", LineStyle.SOLID),
                new Line(row(preview, 6).role().id(), "coe", LineStyle.SOLID)), preview.lines());
        assertEquals(2, row(preview, 3).managerLine());
        assertEquals("CMO", row(preview, 3).manager());
        assertEquals(0, row(preview, 2).managerLine());
        assertEquals("CEO", row(preview, 2).manager());
        assertEquals("Martech CoE", row(preview, 6).manager());
    }

    @Test
    void intoAnotherScenarioOnlyItsCardsAreManagers() throws UnusableCsv {
        ImportPreview preview = RoleImporter.preview("roles.csv", ImportFixtures.csv("title,manager", "A,CEO", "B,CMO"),
                ImportFixtures.design(), "other");
        assertEquals(List.of("3: manager \"CMO\" not found among the rows or the cards of the scenario"),
                problems(preview));
        assertThrows(IllegalArgumentException.class, () -> RoleImporter.preview("roles.csv",
                ImportFixtures.csv("title", "A"), ImportFixtures.design(), "nope"));
    }

    @Test
    void teamsAreFoundByIdOrNameOrMadeOnce() throws UnusableCsv {
        ImportPreview preview = preview("title,team,manager",
                "A,martech coe,", "B,coe,", "C,Data,", "D, data ,", "E,,Web team", "F,Web team,");
        assertEquals(List.of(), problems(preview));
        assertEquals("coe", row(preview, 2).role().team());
        assertEquals("coe", row(preview, 3).role().team());
        assertFalse(row(preview, 2).newTeam());
        List<Team> made = preview.newTeams();
        assertEquals(List.of("Data", "Web team"), made.stream().map(Team::name).toList());
        assertEquals(made.get(0).id(), row(preview, 4).role().team());
        assertEquals(made.get(0).id(), row(preview, 5).role().team());
        assertTrue(row(preview, 4).newTeam());
        assertEquals(new Line(row(preview, 6).role().id(), made.get(1).id(), LineStyle.SOLID), preview.lines().get(0));
        assertEquals(made.get(1).id(), row(preview, 7).role().team());
    }

    @Test
    void regionsAreFoundByIdOrNameOrMadeOnce() throws UnusableCsv {
        ImportPreview preview = preview("title,region", "A,emea", "B,apac", "C,Apac", "D,全球", "E,LATAM", "F,latam",
                "G,华东", "H,Global");
        assertEquals(List.of(), problems(preview));
        assertEquals("emea", row(preview, 2).role().region());
        assertEquals("apac", row(preview, 3).role().region());
        assertEquals("apac", row(preview, 4).role().region());
        assertEquals(Region.GLOBAL, row(preview, 5).role().region());
        assertEquals(Region.GLOBAL, row(preview, 9).role().region());
        assertEquals(List.of(new Region("latam", "LATAM"), new Region("region", "华东")), preview.newRegions());
        assertEquals("latam", row(preview, 7).role().region());
        assertTrue(row(preview, 6).newRegion());
        assertEquals("LATAM", row(preview, 7).region());
        assertFalse(row(preview, 2).newRegion());
        assertEquals("EMEA", row(preview, 2).region());
    }

    @Test
    void madeIdsAreValidAndUnlikeAnyOther() throws UnusableCsv {
        ImportPreview preview = preview("id,title", ",Data engineer", ",Data engineer", ",数据分析师", ",数据分析师",
                ",Data analyst", "data-engineer-3,Given", ",Martech CoE");
        assertEquals(List.of(), problems(preview));
        List<String> ids = preview.rows().stream().map(r -> r.role().id()).toList();
        assertEquals(List.of("data-engineer", "data-engineer-2", "role", "role-2", "data-analyst",
                "data-engineer-3", "martech-coe"), ids);
        assertTrue(ids.stream().allMatch(Ids::isValid));
        ImportPreview clash = preview("title", "Analyst", "analyst");
        assertEquals(List.of("analyst-2", "analyst-3"), clash.rows().stream().map(r -> r.role().id()).toList());
        ImportPreview numbered = preview("title,team,region", "Analyst 7,Team 12,Region 3", "Analyst,Team 12,");
        assertEquals(List.of("analyst-7", "analyst-2"), numbered.rows().stream().map(r -> r.role().id()).toList());
        assertEquals("team-12", numbered.newTeams().get(0).id());
        assertEquals("region-3", numbered.newRegions().get(0).id());
    }

    @Test
    void aNewTeamReportsToItsHeadTheOneMemberWithAManagerOutsideIt() throws UnusableCsv {
        ImportPreview preview = preview("id,title,team,manager",
                "head,Head of data,Data,CMO",
                "eng,Data engineer,Data,head",
                "ana,Analyst,Data,Head of data",
                "w1,Web lead,Web,",
                "w2,Web developer,Web,w1",
                "m1,Marketer A,Mixed,CMO",
                "m2,Marketer B,Mixed,CEO");
        assertEquals(List.of(), problems(preview));
        Team data = preview.newTeams().get(0);
        List<Line> teamLines = preview.lines().stream().filter(l -> l.from().equals(data.id())
                || preview.newTeams().stream().anyMatch(t -> t.id().equals(l.from()))).toList();
        assertEquals(List.of(new Line(data.id(), "head", LineStyle.SOLID)), teamLines);
    }

    @Test
    void theCommandIsOneUndoableStepThatLeavesASoundDesign() throws UnusableCsv {
        Design before = ImportFixtures.design();
        ImportPreview preview = preview(HEADER,
                ",Head of data,leader,Data,LATAM,,,,,cmo",
                ",Analyst,modeler,Data,emea,2,contractor,p2,p3,Head of data",
                ",Broken,wizard,,,,,,,");
        History history = new History(before);
        Design after = history.execute(preview.command());
        assertEquals(List.of(), Integrity.check(after));
        assertEquals(List.of(new Region("emea", "EMEA"), new Region("apac", "APAC"), new Region("latam", "LATAM")),
                after.regions());
        Scenario central = after.scenarios().get(0);
        assertEquals(before.scenarios().get(0).nodes().size() + 3, central.nodes().size());
        assertTrue(central.lines().containsAll(preview.lines()));
        assertEquals(before.scenarios().get(1), after.scenarios().get(1));
        assertEquals("Import 2 roles from CSV", history.undoDescription().orElseThrow());
        assertEquals(before, history.undo());
    }

    @Test
    void nothingChangesUntilTheCommandRunsAndItIsRefusedWhenAnIdWasTakenMeanwhile() throws UnusableCsv {
        Design design = ImportFixtures.design();
        ImportPreview preview = RoleImporter.preview("roles.csv", ImportFixtures.csv("title", "Planner"), design,
                "central");
        assertEquals(ImportFixtures.design(), design);
        Design meanwhile = new AddNode("central", Role.of("planner", "Planner", Archetype.MAKER, 0, 0))
                .apply(design);
        EditRejected e = assertThrows(EditRejected.class, () -> preview.command().apply(meanwhile));
        assertEquals("The id \"planner\" is already taken.", e.getMessage());
    }

    @Test
    void theImportedCardsSitBelowTheChartWithoutOverlapping() throws UnusableCsv {
        ImportPreview preview = preview(HEADER,
                "h,Head,leader,Data,,,,,,cmo", ",A,maker,Data,,,,,,h", ",B,maker,Data,,,,,,h", ",C,maker,Web,,,,,,",
                ",D,maker,Web,,,,,,");
        Scenario existing = ImportFixtures.design().scenarios().get(0);
        double chartBottom = existing.nodes().stream().mapToDouble(Node::y).max().orElseThrow() + 64;
        List<Node> cards = preview.command().nodes();
        Set<String> corners = cards.stream().map(n -> n.x() + "," + n.y()).collect(Collectors.toSet());
        assertEquals(cards.size(), corners.size());
        assertTrue(cards.stream().allMatch(n -> n.y() > chartBottom), cards::toString);
        assertEquals(0.0, cards.stream().mapToDouble(Node::x).min().orElseThrow());
        assertSame(preview.rows().get(0).role(), cards.get(preview.newTeams().size()));
    }

    @Test
    void aReportingCycleAmongTheRowsIsImportedForTheValidatorToReport() throws UnusableCsv {
        ImportPreview preview = preview("id,title,manager", "a,A,b", "b,B,a");
        assertEquals(List.of(), problems(preview));
        Design after = preview.command().apply(ImportFixtures.design());
        assertEquals(List.of(), Integrity.check(after));
        List<Finding> cycles = Validator.validate(after).stream()
                .filter(f -> f.rule() == Rule.REPORTING_CYCLE).toList();
        assertEquals(1, cycles.size());
        assertEquals(List.of("a", "b"), cycles.get(0).nodes());
    }

    @Test
    void aFileWithOnlyAHeaderHasNothingToImport() throws UnusableCsv {
        ImportPreview preview = RoleImporter.preview("roles.csv",
                "\uFEFFtitle\r\n".getBytes(StandardCharsets.UTF_8), ImportFixtures.design(), "central");
        assertFalse(preview.usable());
        assertEquals(0, preview.rowsRead());
        assertEquals(List.of(ImportText.of(ImportMessage.NO_ROWS), ImportText.of(ImportMessage.NO_ARCHETYPE_COLUMN)),
                preview.notes());
        assertEquals(ImportFixtures.design(), preview.command().apply(ImportFixtures.design()));
    }
}
