package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modesign.importer.ImportFixtures.problems;
import static org.modesign.importer.ImportFixtures.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.importer.mapping.Locations;
import org.modesign.model.Sourcing;

/** Worker types and employment statuses to sourcing and FTE; locations to the design's regions. */
class WorkValuesTest {

    @Test
    void workerTypesAreSourcings() throws UnusableCsv {
        ImportPreview preview = preview("Job Title,Worker Type", "A,Employee", "B,Contingent Worker", "C,Agency Temp",
                "D,Secondment", "E,Freiberufler", "F,劳务派遣", "G,Intérimaire", "H,Regular");
        assertEquals(List.of(), problems(preview));
        assertEquals(List.of(Sourcing.IN_HOUSE, Sourcing.CONTRACTOR, Sourcing.AGENCY, Sourcing.SECONDED,
                Sourcing.CONTRACTOR, Sourcing.AGENCY, Sourcing.AGENCY, Sourcing.IN_HOUSE),
                preview.rows().stream().map(r -> r.role().sourcing()).toList());
        ImportPreview bad = preview("Job Title,Worker Type", "A,Wizard");
        assertEquals(List.of("2: unknown sourcing \"Wizard\"; use in-house, agency, contractor or seconded"),
                problems(bad));
    }

    @Test
    void partTimeIsHoursOverFortyOrHalfTime() throws UnusableCsv {
        ImportPreview preview = preview("Job Title;Time Type;Weekly Hours;FTE %",
                "A;Part time;20;", "B;Teilzeit;19,5;", "C;兼职;;", "D;Full time;38,5;", "E;;30;", "F;Active;;",
                "G;;;80 %", "H;Part-Time;50;");
        assertEquals(List.of(), problems(preview));
        assertEquals(List.of(0.5, 0.488, 0.5, 1.0, 0.75, 1.0, 0.8, 1.0),
                preview.rows().stream().map(r -> r.role().fte()).toList());
        ImportPreview fteWins = preview("Job Title,Time Type,Hours,FTE", "A,Part time,20,0.6");
        assertEquals(0.6, row(fteWins, 2).role().fte());
        ImportPreview bad = preview("Job Title,Time Type,Hours", "A,Sometimes,", "B,,lots");
        assertEquals(List.of("2: unknown employment status \"Sometimes\"; use full-time or part-time, or a worker "
                + "type such as employee, contractor or agency",
                "3: weekly hours \"lots\" are not a number more than 0 and at most 168"), problems(bad));
    }

    @Test
    void locationsGoToTheDesignsRegionsWhereItHasThem() throws UnusableCsv {
        ImportPreview preview = preview("Job Title,Location,Region", "A,Paris,", "B,Tokyo,", "C,New York,",
                "D,Mars,", "E,Mars,APAC", "F,EMEA,", "G,Boston,");
        assertEquals(List.of(), problems(preview));
        assertEquals(List.of("emea", "apac", "north-america", "", "apac", "emea", "north-america"),
                preview.rows().stream().map(r -> r.role().region() == null ? "" : r.role().region()).toList());
        assertEquals(List.of("North America"), preview.newRegions().stream().map(r -> r.name()).toList());
        assertEquals("one location is in no region of the location table and its roles get no region: Mars",
                preview.notes().get(preview.notes().size() - 1).english());
        ImportPreview custom = RoleImporter.preview(ImportFile.of("hr.csv", ImportFixtures.csv("Job Title,Location",
                "A,Munich")), ImportFixtures.design(), "central",
                ImportOptions.STANDARD.withLocations(Locations.defaults().with("Munich", "DACH")));
        assertEquals("DACH", row(custom, 2).region());
    }

    private static ImportPreview preview(String... lines) throws UnusableCsv {
        return RoleImporter.preview(ImportFile.of("hr.csv", ImportFixtures.csv(lines)), ImportFixtures.design(),
                "central", ImportOptions.STANDARD);
    }
}
