package org.modesign.importer.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers of HR exports in six languages, and columns guessed from their values. */
class ColumnMappingTest {

    @Test
    void aWorkdayExport() {
        check("Employee ID,Worker,Business Title,Job Profile,Supervisory Organization,Manager,Location,FTE,"
                + "Worker Type,Time Type,Scheduled Weekly Hours",
                "employee-id,person,title,-,team,manager,location,fte,sourcing,employment,hours");
    }

    @Test
    void aBambooHrExport() {
        check("Employee #,First Name,Last Name,Job Title,Department,Division,Location,Reports To,Employment Status",
                "employee-id,first-name,last-name,title,team,-,location,manager,employment");
    }

    @Test
    void aSuccessFactorsExport() {
        check("User ID,Full Name,Position,Position ID,Department,Manager ID,Country,Employee Class,FTE",
                "-,person,title,id,team,manager-id,location,sourcing,fte");
    }

    @Test
    void aGermanExport() {
        check("Personalnummer,Name,Vorname,Stellenbezeichnung,Abteilung,Vorgesetzter,Standort,Beschäftigungsgrad,"
                + "Wochenstunden,Mitarbeitertyp",
                "employee-id,last-name,first-name,title,team,manager,location,fte-percent,hours,sourcing");
    }

    @Test
    void aFrenchExport() {
        check("Matricule,Nom,Prénom,Intitulé du poste,Service,Responsable hiérarchique,Lieu de travail,"
                + "Temps de travail,Type de contrat",
                "employee-id,last-name,first-name,title,team,manager,location,employment,sourcing");
    }

    @Test
    void aSpanishExport() {
        check("Número de empleado,Nombre,Apellidos,Puesto,Departamento,Jefe directo,Ubicación,Jornada,"
                + "Tipo de contrato",
                "employee-id,first-name,last-name,title,team,manager,location,employment,sourcing");
    }

    @Test
    void chineseExports() {
        check("工号,姓名,职位,部门,上级,工作地点,用工类型,全职/兼职,每周工时",
                "id,person,title,team,manager,location,sourcing,employment,hours");
        check("員工編號,姓名,職稱,部門,直屬主管,辦公地點,員工類型,上級工號",
                "employee-id,person,title,team,manager,location,sourcing,manager-id");
    }

    @Test
    void nameIsTheTitleWhenNothingElseIs() {
        check("Name,Department", "title,team");
        check("Name,Job Title,Employee Name", "-,title,person");
    }

    @Test
    void unnamedColumnsAreGuessedFromTheirValues() {
        List<String> header = List.of("Title", "Who", "Boss", "Where", "Kind", "Schedule", "Share", "Notes");
        List<List<String>> rows = List.of(
                row("Head of marketing", "Ann Lee", "", "Berlin", "leader", "Full-Time", "1", "x"),
                row("Data analyst", "Bob Stone", "Ann Lee", "Paris, France", "modeler", "Part-Time", "0,5", "y"),
                row("Web developer", "Chen Wei", "Ann Lee", "上海", "maker", "Full-Time", "1", "z"),
                row("Brand manager", "Dana Cruz", "Bob Stone", "Mars", "marketer", "Full-Time", "0.8", "w"));
        ColumnMapping mapping = ColumnMapping.of(header, rows);
        assertEquals("title,person,manager,location,archetype,employment,fte,-", keys(mapping));
        assertEquals(ColumnMapping.How.HEADER, mapping.how(0));
        assertEquals(ColumnMapping.How.VALUES, mapping.how(1));
        assertEquals(ColumnMapping.How.NONE, mapping.how(7));
    }

    @Test
    void aManagerColumnOfIdsIsTheManagersId() {
        List<List<String>> rows = List.of(row("E1", "Head", ""), row("E2", "Analyst", "E1"), row("E3", "Planner", "E1"));
        assertEquals("employee-id,title,manager-id",
                keys(ColumnMapping.of(List.of("Employee ID", "Title", "Up"), rows)));
    }

    @Test
    void choicesOverrideAndMoveAField() {
        ColumnMapping mapping = ColumnMapping.of(List.of("Business Title", "Job Profile", "Supervisory Organization"),
                List.of());
        ColumnMapping chosen = mapping.withChoices(MappingSpec.parse("job profile=title, Supervisory Organization=-"));
        assertEquals("-,title,-", keys(chosen));
        assertEquals(ColumnMapping.How.CHOSEN, chosen.how(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mapping.withChoices(MappingSpec.parse("Title=title")));
        assertEquals("no column \"Title\" in the header; it has \"Business Title\", \"Job Profile\", "
                + "\"Supervisory Organization\"", e.getMessage());
    }

    @Test
    void aSpecReadsBackWhatItWrites() {
        List<ColumnMapping.Choice> choices = List.of(new ColumnMapping.Choice("Cost, yearly = EUR", Field.COST),
                new ColumnMapping.Choice("Notes", null), new ColumnMapping.Choice("Worker", Field.PERSON));
        String text = MappingSpec.format(choices);
        assertEquals("Cost\\, yearly \\= EUR=cost,Notes=-,Worker=person", text);
        assertEquals(choices, MappingSpec.parse(text));
        assertEquals(List.of(new ColumnMapping.Choice("Manager", Field.MANAGER_ID)),
                MappingSpec.parse("Manager = Manager ID"));
        assertEquals("unknown field \"boss\" for column \"Up\"; use one of " + MappingSpec.keys()
                + ", or - to leave the column out",
                assertThrows(IllegalArgumentException.class, () -> MappingSpec.parse("Up=boss")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MappingSpec.parse("Up"));
    }

    @Test
    void theHeaderSetKeyIgnoresOrderCaseAndSpacing() {
        assertEquals(ColumnMapping.of(List.of("Job Title", "Dept"), List.of()).headerSetKey(),
                ColumnMapping.of(List.of("dept", "job_title"), List.of()).headerSetKey());
        assertNull(HeaderWords.field("Notes"));
    }

    private static void check(String header, String expected) {
        ColumnMapping mapping = ColumnMapping.of(Arrays.asList(header.split(",")), List.of());
        assertEquals(expected, keys(mapping), header);
    }

    private static String keys(ColumnMapping mapping) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < mapping.width(); i++) {
            keys.add(mapping.field(i) == null ? "-" : mapping.field(i).key());
        }
        return String.join(",", keys);
    }

    private static List<String> row(String... values) {
        return List.of(values);
    }
}
