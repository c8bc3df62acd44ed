package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.edit.CompoundCommand;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditRejected;
import org.modesign.edit.EditText;
import org.modesign.edit.NodeCommand;
import org.modesign.edit.Rename;
import org.modesign.edit.RenameDesign;
import org.modesign.edit.SetArchetype;
import org.modesign.edit.SetRegion;
import org.modesign.edit.SetSourcing;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Sourcing;

/** A batch of card edits gives the same design as its compound run command by command. */
class CardBatchTest {

    private static final String S = InspectorFixture.SCENARIO;
    private static final EditText TEXT = EditText.of(EditKey.SET_REGION);

    @Test
    void givesTheSameDesignAsTheCompound() {
        Design design = InspectorFixture.design();
        List<SetArchetype> archetypes = List.of(new SetArchetype(S, "r3", Archetype.MAKER),
                new SetArchetype(S, "r1", Archetype.MAKER));
        assertOneStep(design, archetypes);
        assertOneStep(design, List.of(new SetRegion(S, "coe", "apac"), new SetRegion(S, "r2", null)));
        assertOneStep(design, List.of(new SetSourcing(S, "r1", Sourcing.AGENCY), new Rename(S, "r1", "Architect")));
    }

    @Test
    void returnsTheSameDesignWhenNothingChanges() {
        Design design = InspectorFixture.design();
        CardBatch batch = CardBatch.of(S, TEXT, List.of(new SetArchetype(S, "r1", Archetype.LEADER)));
        assertSame(design, batch.apply(design));
    }

    @Test
    void refusesAsTheEditPackageDoes() {
        Design design = InspectorFixture.design();
        EditRejected notRole = assertThrows(EditRejected.class,
                () -> CardBatch.of(S, TEXT, List.of(new SetArchetype(S, "coe", Archetype.MAKER))).apply(design));
        assertEquals(EditKey.NOT_A_ROLE, notRole.reason().key());
        EditRejected noRegion = assertThrows(EditRejected.class,
                () -> CardBatch.of(S, TEXT, List.of(new SetRegion(S, "r1", "mars"))).apply(design));
        assertEquals(EditKey.NO_REGION, noRegion.reason().key());
        EditRejected missing = assertThrows(EditRejected.class,
                () -> CardBatch.of(S, TEXT, List.of(new SetRegion(S, "r1", "apac"), new SetRegion(S, "gone", "apac")))
                        .apply(design));
        assertEquals(EditKey.NO_CARD, missing.reason().key());
        EditRejected noScenario = assertThrows(EditRejected.class,
                () -> CardBatch.of("other", TEXT, List.of(new SetRegion("other", "r1", "apac"))).apply(design));
        assertEquals(EditKey.NO_SCENARIO, noScenario.reason().key());
    }

    @Test
    void takesOnlyCardEditsOfItsScenario() {
        assertThrows(IllegalArgumentException.class,
                () -> CardBatch.of(S, TEXT, List.of(new SetRegion("other", "r1", "apac"))));
        assertThrows(IllegalArgumentException.class, () -> new CardBatch(S,
                CompoundCommand.of(TEXT, new RenameDesign("x"))));
    }

    private static void assertOneStep(Design design, List<? extends NodeCommand> commands) {
        CardBatch batch = CardBatch.of(S, TEXT, commands);
        Design expected = CompoundCommand.of(TEXT, commands.toArray(EditCommand[]::new)).apply(design);
        assertEquals(expected, batch.apply(design));
        assertEquals(TEXT, batch.text());
    }
}
