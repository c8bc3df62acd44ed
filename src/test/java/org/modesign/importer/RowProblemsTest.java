package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modesign.importer.ImportFixtures.HEADER;
import static org.modesign.importer.ImportFixtures.preview;
import static org.modesign.importer.ImportFixtures.problems;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every reason a row cannot be used, each with the line the row starts on; such a row is not imported. */
class RowProblemsTest {

    @Test
    void valuesThatAreNotUnderstood() throws UnusableCsv {
        ImportPreview preview = preview(HEADER,
                ",Good one,maker,,,,,,,",
                ",Wizard,wizard,,,,,,,",
                ",Freelancer,maker,,,,volunteer,,,",
                ",Zero,maker,,,0,,,,",
                ",Huge,maker,,,10001,,,,",
                ",ValueWords,maker,,,half,,,,",
                ",Late,maker,,,,,p9,,",
                ",Backwards,maker,,,,,Optimise,p1,",
                ",,maker,,,,,,,",
                "bad id!,Odd id,maker,,,,,,,");
        assertEquals(List.of(
                "3: unknown archetype \"wizard\"; use leader, maestro, modeler, maker or marketer",
                "4: unknown sourcing \"volunteer\"; use in-house, agency, contractor or seconded",
                "5: FTE \"0\" is not a number more than 0 and at most 10,000",
                "6: FTE \"10001\" is not a number more than 0 and at most 10,000",
                "7: FTE \"half\" is not a number more than 0 and at most 10,000",
                "8: unknown phase \"p9\" in column from; the design has p1, p2, p3",
                "9: phase \"p3\" comes after phase \"p1\"; a role cannot start after it ends",
                "10: the title is empty",
                "11: \"bad id!\" is not a valid id: use 1 to 64 letters, digits, \"_\", \".\" or \"-\""),
                problems(preview));
        assertEquals(List.of("Good one"), titles(preview));
        assertEquals(10, preview.rowsRead());
        assertEquals(9, preview.rejectedRows());
    }

    @Test
    void duplicateIdsNameTheOtherRowOrTheCard() throws UnusableCsv {
        ImportPreview preview = preview(HEADER,
                "r1,First,maker,,,,,,,",
                "r1,Second,maker,,,,,,,",
                "cmo,Clash,maker,,,,,,,",
                "analyst,Clash too,maker,,,,,,,");
        assertEquals(List.of(
                "3: duplicate id \"r1\": line 2 has it too",
                "4: duplicate id \"cmo\": the scenario already has \"CMO\" under that id",
                "5: duplicate id \"analyst\": the scenario already has \"Data analyst\" under that id"),
                problems(preview));
        assertEquals(List.of("First"), titles(preview));
    }

    @Test
    void managersNotFoundAmbiguousOrSelf() throws UnusableCsv {
        ImportPreview preview = preview(HEADER,
                ",Analyst,modeler,,,,,,,",
                ",Boss,leader,,,,,,,Nobody",
                ",Analyst,modeler,,,,,,,",
                ",Intern,modeler,,,,,,,analyst",
                "me,Narcissus,leader,,,,,,,me",
                ",Echo,leader,,,,,,,Echo");
        assertEquals(List.of(
                "3: manager \"Nobody\" not found among the rows or the cards of the scenario",
                "5: manager \"analyst\" is ambiguous: lines 2, 4",
                "6: the role cannot report to itself",
                "7: the role cannot report to itself"),
                problems(preview));
    }

    @Test
    void aTitleTwoCardsShareIsAmbiguous() throws UnusableCsv {
        var design = ImportFixtures.design();
        var central = design.scenarios().get(0);
        var nodes = new java.util.ArrayList<>(central.nodes());
        nodes.add(org.modesign.model.Role.of("analyst2", "Data analyst", org.modesign.model.Archetype.MODELER, 0, 0));
        design = design.withScenario(0, central.withNodes(nodes));
        ImportPreview preview = RoleImporter.preview("roles.csv",
                ImportFixtures.csv("title,manager", "Intern,Data Analyst"), design, "central");
        assertEquals(List.of("2: manager \"Data Analyst\" is ambiguous: the scenario has 2 cards of that name "
                + "(analyst, analyst2)"), problems(preview));
    }

    @Test
    void aRowUnderARowThatCannotBeUsedCannotBeUsedEither() throws UnusableCsv {
        ImportPreview preview = preview(HEADER,
                "head,Head of data,wizard,,,,,,,cmo",
                "lead,Data lead,leader,,,,,,,head",
                ",Data engineer,maker,,,,,,,Data lead",
                ",Campaign manager,marketer,,,,,,,CMO");
        assertEquals(List.of(
                "2: unknown archetype \"wizard\"; use leader, maestro, modeler, maker or marketer",
                "3: manager \"head\" (line 2) is not imported, as its own row cannot be used",
                "4: manager \"Data lead\" (line 3) is not imported, as its own row cannot be used"),
                problems(preview));
        assertEquals(List.of("Campaign manager"), titles(preview));
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderOrAValueTooLong() throws UnusableCsv {
        String longTeam = "T".repeat(1001);
        ImportPreview preview = preview("title,team",
                "Head of Data, EMEA,Data",
                "Trailing commas are fine,Data,,,",
                "Long team," + longTeam);
        assertEquals(List.of(
                "2: the row has 3 values but the header names 2 columns; quote a value that holds the delimiter",
                "4: the team is longer than 1,000 characters"),
                problems(preview));
    }

    @Test
    void aRowWithSeveralProblemsListsEachOnItsLine() throws UnusableCsv {
        ImportPreview preview = preview(HEADER, ",,wizard,,,-1,,,,");
        assertEquals(List.of("2: the title is empty",
                "2: unknown archetype \"wizard\"; use leader, maestro, modeler, maker or marketer",
                "2: FTE \"-1\" is not a number more than 0 and at most 10,000"), problems(preview));
        assertEquals(1, preview.rejectedRows());
    }

    @Test
    void linesCountFromTheTopOfTheFileAcrossBlankLinesAndQuotedLineBreaks() throws UnusableCsv {
        ImportPreview preview = preview("", "title,archetype", "", "\"Two", "lines\",maker", "", "Third,wizard");
        assertEquals(List.of("7: unknown archetype \"wizard\"; use leader, maestro, modeler, maker or marketer"),
                problems(preview));
        assertEquals(4, preview.rows().get(0).line());
    }

    private static List<String> titles(ImportPreview preview) {
        return preview.rows().stream().map(r -> r.role().title()).toList();
    }
}
