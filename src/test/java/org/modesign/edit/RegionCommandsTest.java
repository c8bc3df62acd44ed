package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;
import static org.modesign.edit.Fixtures.node;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.Fixtures.role;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Region;
import org.modesign.model.Team;

/** Declaring, renaming and removing regions, with the clean-up of the cards placed in them. */
class RegionCommandsTest {

    private final Design design = Fixtures.design();

    private static Design apply(Design design, EditCommand command) {
        Design after = command.apply(design);
        assertEquals(List.of(), Integrity.check(after));
        return after;
    }

    @Test
    void addNamedMakesAFreshIdAndNeverTakesGlobal() {
        AddRegion add = AddRegion.named(design, "North America");
        assertEquals(new Region("north-america", "North America"), add.region());
        assertEquals(List.of("emea", "apac", "north-america"),
                apply(design, add).regions().stream().map(Region::id).toList());
        assertEquals("global-2", AddRegion.named(design, "Global").region().id());
        assertEquals("emea-2", AddRegion.named(design, "EMEA").region().id());
        assertEquals("Add region", add.description());
    }

    @Test
    void addRefusesGlobalATakenOrInvalidIdAndABlankName() {
        refused(design, new AddRegion(new Region("global", "Global")), EditKey.DUPLICATE_ID);
        refused(design, new AddRegion(new Region("emea", "Europe")), EditKey.DUPLICATE_ID);
        refused(design, new AddRegion(new Region("", "X")), EditKey.INVALID_ID);
        refused(design, new AddRegion(new Region("x", "")), EditKey.BLANK_NAME);
    }

    @Test
    void renameKeepsTheId() {
        Design after = apply(design, new RenameRegion("emea", "Europe"));
        assertEquals(new Region("emea", "Europe"), after.regions().get(0));
        assertSame(design, new RenameRegion("emea", "EMEA").apply(design));
        refused(design, new RenameRegion("emea", " "), EditKey.BLANK_NAME);
        refused(design, new RenameRegion("global", "World"), EditKey.NO_REGION);
        assertEquals("Rename region", new RenameRegion("emea", "x").description());
    }

    @Test
    void removingAnUnusedRegionTakesItOut() {
        Design unused = apply(design, new SetRegion(CENTRAL, "r2", null));
        Design after = apply(unused, new RemoveRegion("emea", false));
        assertEquals(List.of(new Region("apac", "APAC")), after.regions());
        refused(design, new RemoveRegion("mars", true), EditKey.NO_REGION);
    }

    @Test
    void removingAUsedRegionIsRefusedWithWhatUsesIt() {
        EditRejected rejected = refused(design, new RemoveRegion("apac", false), EditKey.IN_USE);
        assertEquals("\"APAC\" is still in use: 1 card in 1 scenario is placed in it.", rejected.getMessage());
    }

    @Test
    void removingWithReferencesLeavesTheCardsWithoutARegionInOneUndoableStep() {
        Design placed = apply(design, new SetRegion(CENTRAL, "coe", "emea"));
        History history = new History(placed);
        Design after = history.execute(new RemoveRegion("emea", true));
        assertEquals(List.of(), Integrity.check(after));
        assertNull(role(after, "r2").region());
        assertNull(((Team) node(after, CENTRAL, "coe")).region());
        assertEquals("apac", ((Team) node(after, LOCAL, "hub")).region(), "other regions stay");
        assertEquals("Remove region", history.undoDescription().orElseThrow());
        assertSame(placed, history.undo());
    }
}
