package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.Fixtures.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.LineStyle;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;

class ScenarioCommandsTest {

    private final Design design = Fixtures.design();

    private static List<String> ids(Design design) {
        return design.scenarios().stream().map(Scenario::id).toList();
    }

    @Test
    void renameDesign() {
        assertEquals("Acme 2", new RenameDesign("Acme 2").apply(design).title());
        refused(design, new RenameDesign(""), EditKey.BLANK_NAME);
    }

    @Test
    void addScenarioAppendsAnEmptyOne() {
        AddScenario add = AddScenario.named(design, "Hybrid plan", Strategy.HYBRID);
        assertEquals("hybrid-plan", add.id());
        Design after = add.apply(design);
        assertEquals(List.of(CENTRAL, LOCAL, "hybrid-plan"), ids(after));
        assertTrue(scenario(after, "hybrid-plan").nodes().isEmpty());
        assertEquals(List.of(), Integrity.check(after));
        assertEquals("central-2", AddScenario.named(design, "Central", Strategy.OTHER).id());
        refused(design, new AddScenario(LOCAL, "Again", Strategy.OTHER), EditKey.DUPLICATE_ID);
        refused(design, new AddScenario("a b", "Again", Strategy.OTHER), EditKey.INVALID_ID);
    }

    @Test
    void duplicateScenarioCopiesItRightAfterTheOriginal() {
        DuplicateScenario duplicate = DuplicateScenario.of(design, CENTRAL, "Central copy");
        Design after = duplicate.apply(design);
        assertEquals(List.of(CENTRAL, "central-copy", LOCAL), ids(after));
        Scenario copy = scenario(after, "central-copy");
        assertEquals("Central copy", copy.name());
        assertEquals(scenario(design, CENTRAL).nodes(), copy.nodes());
        assertEquals(scenario(design, CENTRAL).lines(), copy.lines());
        assertEquals(List.of(), Integrity.check(after));
        refused(design, new DuplicateScenario("nope", "x", "X"), EditKey.NO_SCENARIO);
    }

    @Test
    void renameAndDeleteScenario() {
        assertEquals("Global CoE", scenario(new RenameScenario(CENTRAL, "Global CoE").apply(design), CENTRAL).name());
        Design one = new DeleteScenario(CENTRAL).apply(design);
        assertEquals(List.of(LOCAL), ids(one));
        EditRejected last = refused(one, new DeleteScenario(LOCAL), EditKey.LAST_SCENARIO);
        assertEquals("A design needs at least one scenario, so the last one cannot be deleted.", last.getMessage());
        refused(design, new DeleteScenario("nope"), EditKey.NO_SCENARIO);
    }

    @Test
    void replaceScenarioChecksTheWholeDesignAndListsEveryProblem() {
        Scenario local = scenario(design, LOCAL);
        Scenario imported = local.withNodes(List.of(local.nodes().get(0),
                Role.of("x", "X", Archetype.MAKER, 0, 0).withTeam("nope").withFte(-1)));
        EditRejected rejected = refused(design,
                new ReplaceScenario(LOCAL, imported, EditText.of(EditKey.IMPORT)), EditKey.INVALID_RESULT);
        assertEquals(2, rejected.problems().size());
        assertEquals("scenarios[1].nodes[1].team", rejected.problems().get(0).path());
        assertTrue(rejected.getMessage().startsWith("The change would make the design invalid: scenarios[1]"));
        Scenario sound = local.withNodes(List.of(local.nodes().get(0), Role.of("x", "X", Archetype.MAKER, 0, 0)));
        ReplaceScenario replace = new ReplaceScenario(LOCAL, sound, EditText.of(EditKey.IMPORT));
        assertEquals(sound, scenario(replace.apply(design), LOCAL));
        assertEquals("Import", replace.description());
    }

    @Test
    void compoundCommandIsOneStepOrNothing() {
        AddNode add = AddNode.role(design, CENTRAL, "Analyst", Archetype.MODELER, 0, 0);
        CompoundCommand both = CompoundCommand.of(EditText.of(EditKey.ADD_ROLE), add,
                new Connect(CENTRAL, "analyst", "cmo", LineStyle.SOLID));
        History history = new History(design);
        history.execute(both);
        assertEquals(5, scenario(history.current(), CENTRAL).lines().size());
        assertEquals("Add role", history.undoDescription().orElseThrow());
        history.undo();
        assertEquals(design, history.current());
        CompoundCommand broken = CompoundCommand.of(EditText.of(EditKey.ADD_ROLE), add,
                new Connect(CENTRAL, "analyst", "ghost", LineStyle.SOLID));
        refused(design, broken, EditKey.NO_CARD);
    }
}
