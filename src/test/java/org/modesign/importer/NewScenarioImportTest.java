package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/** The imported organisation as a new scenario of the open design, beside the scenario it starts from. */
class NewScenarioImportTest {

    @Test
    void aNewScenarioStartsWithTheExecutivesAndHoldsTheImport() throws UnusableCsv {
        Design design = ImportFixtures.design();
        ImportFile file = ImportFile.of("hr.csv", ImportFixtures.csv("Worker,Job Title,Manager",
                "Ann Lee,Head of marketing,Jordan Blake", "Bob Stone,Data analyst,Ann Lee"));
        ImportPreview preview = RoleImporter.previewAsNewScenario(file, design, "central", "As-is",
                ImportOptions.STANDARD);
        assertTrue(preview.intoNewScenario());
        assertEquals("as-is", preview.scenario());
        Design after = preview.edit().apply(design);
        assertEquals(List.of(), Integrity.check(after));
        assertEquals(List.of("central", "other", "as-is"), after.scenarios().stream().map(Scenario::id).toList());
        assertEquals(design.scenarios().get(0), after.scenarios().get(0), "the open scenario is unchanged");
        Scenario imported = after.scenario("as-is").orElseThrow();
        assertEquals("As-is", imported.name());
        assertEquals(List.of("ceo", "cmo"), imported.nodes().subList(0, 2).stream().map(Node::id).toList());
        assertTrue(imported.lines().contains(new Line("cmo", "ceo", LineStyle.SOLID)));
        String head = ImportFixtures.row(preview, 2).role().id();
        assertTrue(imported.lines().contains(new Line(head, "cmo", LineStyle.SOLID)));
        assertEquals(4, imported.nodes().size(), "the executives and two roles; no team, no analyst");
        assertEquals("Import 2 roles from CSV", preview.edit().text().english());
    }
}
