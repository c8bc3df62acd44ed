package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.importer.ImportFixtures.problems;
import static org.modesign.importer.ImportFixtures.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Role;
import org.modesign.model.Staffing;

/** The person in each position, and managers named by person, id or title, inside the file or outside it. */
class PeopleAndManagersTest {

    @Test
    void thePersonComesFromAWorkerColumnOrFromFirstAndLastName() throws UnusableCsv {
        assertEquals("Ann Lee", person(preview("Worker,Business Title", "Ann Lee,Analyst"), 2));
        assertEquals("Ann Lee", person(preview("First Name,Last Name,Job Title", "Ann,Lee,Analyst"), 2));
        assertEquals("王芳", person(preview("姓,名,职位", "王,芳,分析师"), 2));
        assertEquals("Katrin Schneider", person(preview("Name;Vorname;Stellenbezeichnung", "Schneider;Katrin;Leiterin"), 2));
    }

    @Test
    void managersAreFoundByPersonByLastCommaFirstByIdInBracketsAndByEmployeeId() throws UnusableCsv {
        ImportPreview preview = preview("Employee ID,Worker,Job Title,Reports To",
                "E1,Ann Lee,Head of marketing,",
                "E2,Bob Stone,Ops lead,Ann Lee",
                "E3,Cy Young,Analyst,\"Stone, Bob\"",
                "E4,Di Park,Planner,Someone (E2)",
                "E5,Ed Wu,Designer,e3",
                "E6,Fay Ho,Writer,Ops lead");
        assertEquals(List.of(), problems(preview));
        assertEquals(List.of("Ann Lee", "Bob Stone", "Bob Stone", "Cy Young", "Bob Stone"),
                List.of(3, 4, 5, 6, 7).stream().map(line -> row(preview, line).managerPerson()).toList());
        assertEquals("Head of marketing", row(preview, 3).manager());
        ImportPreview byId = preview("Employee ID,Worker,Job Title,Manager ID", "E1,Ann Lee,Head,", "E2,Bob Stone,Ops,E1");
        assertEquals("Head", row(byId, 3).manager());
    }

    @Test
    void aNameTwoRowsShareIsAmbiguous() throws UnusableCsv {
        ImportPreview preview = preview("Worker,Job Title,Reports To", "John Smith,Head,", "John Smith,Lead,",
                "Ann Lee,Analyst,John Smith");
        assertEquals(List.of("4: manager \"John Smith\" is ambiguous: lines 2, 3"), problems(preview));
    }

    @Test
    void rowsReportingToNoOneInTheFileHangUnderTheCmo() throws UnusableCsv {
        ImportPreview preview = preview("Worker,Job Title,Manager",
                "Alex Morgan,Chief Marketing Officer,Jordan Blake",
                "Lucy Hale,Head of demand,Alex Morgan",
                "Tom Becker,Consultant,Pat Outside",
                "Ann Lee,Analyst,",
                "Self Made,Founder,Self Made");
        assertEquals(List.of(), problems(preview));
        assertEquals("CEO", row(preview, 2).manager(), "the file's CMO goes under the CMO's superior");
        assertEquals("CMO", row(preview, 4).manager());
        assertEquals("CMO", row(preview, 5).manager());
        assertEquals("CMO", row(preview, 6).manager(), "a row naming itself is the top of the file");
        assertEquals(List.of("4 rows report to no one in the file: they hang under CEO, CMO",
                "2 managers are not in the file: Jordan Blake, Pat Outside"),
                preview.notes().stream().map(ImportText::english).filter(n -> n.contains("file")).toList());
        Design after = preview.command().apply(ImportFixtures.design());
        assertEquals(List.of(), Integrity.check(after));
    }

    @Test
    void theOptionsChooseTheCardToHangUnderOrNone() throws UnusableCsv {
        String[] lines = {"Worker,Job Title,Manager", "Ann Lee,Analyst,Somebody"};
        assertEquals("CEO", row(preview(ImportOptions.STANDARD.withUnder("CEO"), lines), 2).manager());
        assertEquals(null, row(preview(ImportOptions.STANDARD.withUnder(ImportOptions.NOBODY), lines), 2).manager());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> preview(ImportOptions.STANDARD.withUnder("CFO"), lines));
        assertEquals("no card \"CFO\" in scenario \"central\" to hang the top rows under", e.getMessage());
        ImportPreview plain = preview(ImportOptions.STANDARD.withUnder("cmo"), "title,manager", "Analyst,");
        assertEquals("CMO", row(plain, 2).manager(), "a file without people hangs its top rows only when asked");
    }

    @Test
    void aVacantPositionIsOpenAndAPersonInAnOpenPositionIsAProblem() throws UnusableCsv {
        ImportPreview preview = preview("Worker,Job Title,Staffing", "Vacant,Analyst,", "TBH,Planner,planned",
                "Ann Lee,Writer,open", "空缺,设计师,");
        assertEquals(List.of("4: the position is open but names a person, \"Ann Lee\"; an open or planned position "
                + "has no one in it"), problems(preview));
        assertEquals(Staffing.OPEN, row(preview, 2).role().staffing());
        assertEquals("", row(preview, 2).role().person());
        assertEquals(Staffing.PLANNED, row(preview, 3).role().staffing());
        assertEquals(Staffing.OPEN, row(preview, 5).role().staffing());
        ImportPreview tooLong = preview("Worker,Job Title", "A".repeat(201) + ",Analyst");
        assertEquals(List.of("2: the person is longer than 200 characters"), problems(tooLong));
    }

    @Test
    void aTeamNamedAfterItsManagerLosesTheName() throws UnusableCsv {
        ImportPreview preview = preview("Worker,Job Title,Supervisory Organization,Manager",
                "Ann Lee,Head of ops,Marketing Operations (Ann Lee),",
                "Bob Stone,Analyst,Marketing Operations (Ann Lee),Ann Lee",
                "Cy Young,Planner,Events (EMEA),Ann Lee");
        assertEquals(List.of("Marketing Operations", "Events (EMEA)"),
                preview.newTeams().stream().map(t -> t.name()).toList());
        Role head = row(preview, 2).role();
        assertTrue(preview.lines().contains(new Line(head.team(), head.id(), LineStyle.SOLID)),
                "the team hangs under its head");
    }

    private static String person(ImportPreview preview, int line) {
        assertEquals(List.of(), problems(preview));
        return row(preview, line).role().person();
    }

    private static ImportPreview preview(String... lines) throws UnusableCsv {
        return preview(ImportOptions.STANDARD, lines);
    }

    private static ImportPreview preview(ImportOptions options, String... lines) throws UnusableCsv {
        return RoleImporter.preview(ImportFile.of("people.csv", ImportFixtures.csv(lines)), ImportFixtures.design(),
                "central", options);
    }
}
