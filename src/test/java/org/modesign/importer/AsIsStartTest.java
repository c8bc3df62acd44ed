package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.modesign.edit.AddPhase;
import org.modesign.model.Design;
import org.modesign.starter.NewDesigns;

class AsIsStartTest {

    private static final byte[] CSV = "Title,Team\nBrand Manager,Brand\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aNewDesignWithOnlyItsExecutivesBecomesItsAsIs() throws UnusableCsv {
        Design fresh = NewDesigns.standard("Untitled", "Phase 1", "Scenario 1");
        assertTrue(AsIsStart.applies(fresh));
        ImportPreview preview = RoleImporter.preview("a.csv", CSV, fresh, fresh.scenarios().get(0).id());
        Design after = AsIsStart.edit(fresh, preview, "Today", "As-is").apply(fresh);
        assertEquals("Today", after.phases().get(0).name());
        assertEquals("As-is", after.scenarios().get(0).name());
        assertEquals(preview.edit().apply(fresh).scenarios().get(0).nodes(), after.scenarios().get(0).nodes());
    }

    @Test
    void aDesignWithRolesOrMorePhasesKeepsItsNames() throws UnusableCsv {
        Design fresh = NewDesigns.standard("Untitled", "Phase 1", "Scenario 1");
        ImportPreview preview = RoleImporter.preview("a.csv", CSV, fresh, fresh.scenarios().get(0).id());
        Design withRoles = preview.edit().apply(fresh);
        assertFalse(AsIsStart.applies(withRoles));
        ImportPreview again = RoleImporter.preview("a.csv", CSV, withRoles, withRoles.scenarios().get(0).id());
        assertSame(again.edit(), AsIsStart.edit(withRoles, again, "Today", "As-is"));
        Design twoPhases = new AddPhase("p-two", "Phase 2", 1).apply(fresh);
        assertFalse(AsIsStart.applies(twoPhases));
    }
}
