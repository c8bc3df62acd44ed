package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.Fixtures.role;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.starter.StandardCatalogue;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Layer;
import org.modesign.model.Phase;
import org.modesign.model.Scope;

/** Adding, changing, moving and removing capabilities of the catalogue, with undo. */
class CapabilityCommandsTest {

    private final Design design = Fixtures.design();

    private static Design apply(Design design, EditCommand command) {
        Design after = command.apply(design);
        assertEquals(List.of(), Integrity.check(after));
        return after;
    }

    private static List<String> ids(Design design) {
        return design.capabilities().stream().map(Capability::id).toList();
    }

    @Test
    void addNamedMakesAFreshIdFromTheNameAndAppends() {
        AddCapability add = AddCapability.named(design, "Run Campaigns!", Layer.EXPRESSION, Scope.PER_REGION,
                Archetype.MARKETER);
        assertEquals("run-campaigns", add.capability().id());
        assertEquals("Add capability", add.description());
        Design after = apply(design, add);
        assertEquals(List.of("campaigns", "stack", "run-campaigns"), ids(after));
        assertEquals(add.capability(), after.capabilities().get(2));
        assertEquals("run-campaigns-2", AddCapability.named(after, "Run campaigns", Layer.PLATFORM, Scope.GLOBAL,
                Archetype.MAKER).capability().id());
    }

    @Test
    void addRefusesATakenOrInvalidIdAndABlankName() {
        Capability taken = new Capability("stack", "Other", Layer.PLATFORM, Scope.GLOBAL, Archetype.MAKER);
        refused(design, new AddCapability(taken), EditKey.DUPLICATE_ID);
        refused(design, new AddCapability(new Capability("a b", "X", Layer.PLATFORM, Scope.GLOBAL, Archetype.MAKER)),
                EditKey.INVALID_ID);
        refused(design, new AddCapability(new Capability("x", " ", Layer.PLATFORM, Scope.GLOBAL, Archetype.MAKER)),
                EditKey.BLANK_NAME);
    }

    @Test
    void theStandardCatalogueAddsOnlyTheTasksNotThereYetAsOneStep() {
        AddCapabilities add = AddCapabilities.missing(design, StandardCatalogue.capabilities());
        assertEquals(21, add.capabilities().size(), "campaigns is there already");
        assertEquals("Add 21 capabilities", add.description());
        History history = new History(design);
        Design after = history.execute(add);
        assertEquals(List.of(), Integrity.check(after));
        assertEquals(23, after.capabilities().size());
        assertEquals("Run campaigns", after.capability("campaigns").orElseThrow().name(), "kept as it was");
        assertTrue(after.capabilities().containsAll(StandardCatalogue.capabilities().subList(1, 22)));
        AddCapabilities again = AddCapabilities.missing(after, StandardCatalogue.capabilities());
        assertEquals(List.of(), again.capabilities());
        assertSame(after, history.execute(again), "nothing to add is no step");
        assertSame(design, history.undo());
        assertFalse(history.canUndo());
        refused(after, new AddCapabilities(StandardCatalogue.capabilities()), EditKey.DUPLICATE_ID);
    }

    @Test
    void nameLayerScopeAndArchetypeChangeInPlace() {
        Design after = apply(design, new RenameCapability("stack", "Own the stack"));
        after = apply(after, new SetCapabilityLayer("stack", Layer.GOVERNANCE));
        after = apply(after, new SetCapabilityScope("stack", Scope.PER_REGION));
        after = apply(after, new SetCapabilityArchetype("stack", Archetype.MAKER));
        assertEquals(new Capability("stack", "Own the stack", Layer.GOVERNANCE, Scope.PER_REGION, Archetype.MAKER),
                after.capabilities().get(1));
        assertEquals(design.capabilities().get(0), after.capabilities().get(0));
        assertSame(design, new SetCapabilityLayer("stack", Layer.PLATFORM).apply(design), "unchanged");
        assertEquals(List.of("Rename capability", "Set layer", "Set scope", "Set default archetype"),
                List.of(new RenameCapability("x", "y").description(), new SetCapabilityLayer("x", Layer.PLATFORM)
                        .description(), new SetCapabilityScope("x", Scope.GLOBAL).description(),
                        new SetCapabilityArchetype("x", Archetype.MAKER).description()));
    }

    @Test
    void changesRefuseAMissingCapabilityAndABlankName() {
        refused(design, new RenameCapability("stack", ""), EditKey.BLANK_NAME);
        refused(design, new RenameCapability("seo", "SEO"), EditKey.NO_CAPABILITY);
        refused(design, new SetCapabilityScope("seo", Scope.GLOBAL), EditKey.NO_CAPABILITY);
        refused(design, new MoveCapability("seo", 0), EditKey.NO_CAPABILITY);
        refused(design, new RemoveCapability("seo", true), EditKey.NO_CAPABILITY);
    }

    @Test
    void moveReordersWithinTheCatalogue() {
        Design three = apply(design, AddCapability.named(design, "Data", Layer.PLATFORM, Scope.GLOBAL,
                Archetype.MODELER));
        assertEquals(List.of("stack", "campaigns", "data"),
                ids(apply(three, MoveCapability.by(three, "campaigns", 1))));
        assertEquals(List.of("data", "campaigns", "stack"), ids(apply(three, new MoveCapability("data", 0))));
        assertEquals(List.of("stack", "data", "campaigns"), ids(apply(three, new MoveCapability("campaigns", 99))));
        assertSame(three, MoveCapability.by(three, "campaigns", -1).apply(three), "the first cannot go up");
        assertEquals("Move capability", new MoveCapability("x", 0).description());
    }

    @Test
    void removingAnUnusedCapabilityTakesItOut() {
        Design three = apply(design, AddCapability.named(design, "Data", Layer.PLATFORM, Scope.GLOBAL,
                Archetype.MODELER));
        assertTrue(References.toCapability(three, "data").isEmpty());
        assertEquals(design, apply(three, new RemoveCapability("data", false)));
    }

    @Test
    void removingAUsedCapabilityIsRefusedWithWhatUsesIt() {
        EditRejected rejected = refused(design, new RemoveCapability("campaigns", false), EditKey.IN_USE_TWICE);
        assertEquals("\"Run campaigns\" is still in use: 1 role in 1 scenario holds it; phases \"Foundation\", "
                + "\"Data platform\" require it.", rejected.getMessage());
        EditRejected stack = refused(design, new RemoveCapability("stack", false), EditKey.IN_USE_TWICE);
        assertEquals("\"Architect the stack\" is still in use: 1 role in 1 scenario holds it; phase "
                + "\"Data platform\" requires it.", stack.getMessage());
    }

    @Test
    void removingWithReferencesClearsLettersAndRequirementsInOneUndoableStep() {
        History history = new History(design);
        Design after = history.execute(new RemoveCapability("campaigns", true));
        assertEquals(List.of(), Integrity.check(after));
        assertEquals(List.of("stack"), ids(after));
        assertEquals(List.of(), role(after, "r2").responsibilities());
        assertEquals(role(design, "r1"), role(after, "r1"), "other letters stay");
        assertEquals(List.of(new Phase("p1", "Foundation", List.of()), new Phase("p2", "Data platform",
                List.of("stack"))), after.phases());
        assertSame(design.scenario(Fixtures.LOCAL).orElseThrow(), after.scenario(Fixtures.LOCAL).orElseThrow(),
                "a scenario without references is kept as it is");
        assertEquals("Remove capability", history.undoDescription().orElseThrow());
        assertSame(design, history.undo());
        assertSame(after, history.redo());
    }
}
