package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.importer.ImportFixtures.row;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Role;

/** Archetypes suggested from titles: marked in the preview, counted in a note, changed or accepted by the user. */
class SuggestedArchetypesTest {

    private static final String[] CSV = {"title,archetype", "Data analyst,", "Web developer,maker", "Office clerk,",
        "Head of marketing,"};

    @Test
    void rowsWithoutAnArchetypeGetTheOneTheirTitleSuggestsMarkedAsASuggestion() throws UnusableCsv {
        ImportPreview preview = preview(ImportOptions.STANDARD);
        assertEquals(Archetype.MODELER, row(preview, 2).role().archetype());
        assertTrue(row(preview, 2).suggested());
        assertFalse(row(preview, 3).suggested(), "the file's own archetype is no suggestion");
        assertEquals(Archetype.MARKETER, row(preview, 4).role().archetype());
        assertFalse(row(preview, 4).suggested(), "a title that suggests nothing");
        assertEquals(Archetype.LEADER, row(preview, 5).role().archetype());
        assertEquals(2, preview.suggested());
        assertEquals(List.of("2 archetypes are suggested from the job titles: review them",
                "one row has no archetype and a title that suggests none: it becomes a marketer"),
                preview.notes().stream().map(ImportText::english).toList());
    }

    @Test
    void thePlainImportSuggestsNothing() throws UnusableCsv {
        ImportPreview preview = preview(ImportOptions.PLAIN);
        assertEquals(Archetype.MARKETER, row(preview, 2).role().archetype());
        assertEquals(0, preview.suggested());
    }

    @Test
    void theUserChangesOneAndAcceptsTheRest() throws UnusableCsv {
        ImportPreview preview = preview(ImportOptions.STANDARD);
        ImportPreview changed = preview.withArchetypes(Map.of(2, Archetype.MAESTRO));
        assertEquals(Archetype.MAESTRO, row(changed, 2).role().archetype());
        assertFalse(row(changed, 2).suggested());
        assertEquals(1, changed.suggested());
        Design after = changed.command().apply(ImportFixtures.design());
        Role analyst = (Role) after.scenario("central").orElseThrow().nodesById().get(row(changed, 2).role().id());
        assertEquals(Archetype.MAESTRO, analyst.archetype());
        assertEquals(row(preview, 2).role().x(), analyst.x(), "the chart stays where the preview put it");
        ImportPreview accepted = changed.acceptingSuggestions();
        assertEquals(0, accepted.suggested());
        assertEquals(Archetype.LEADER, row(accepted, 5).role().archetype());
    }

    private static ImportPreview preview(ImportOptions options) throws UnusableCsv {
        return RoleImporter.preview(ImportFile.of("roles.csv", ImportFixtures.csv(CSV)), ImportFixtures.design(),
                "central", options);
    }
}
