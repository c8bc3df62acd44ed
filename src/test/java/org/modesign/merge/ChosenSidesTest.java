package org.modesign.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Role;

/** A merge that takes theirs for the conflicts chosen by their place, and ours for the rest. */
class ChosenSidesTest {

    private final Design base = MergeFixtures.base();

    private static MergeResult merge(Design base, Design ours, Design theirs, Set<String> theirsAt) {
        MergeResult result = DesignMerge.merge(base, ours, theirs, theirsAt::contains);
        assertEquals(List.of(), Integrity.check(result.design()));
        return result;
    }

    @Test
    void aConflictChosenForTheirsTakesTheirValueAndTheOthersKeepOurs() {
        Design ours = MergeFixtures.role(base, "r1", r -> r.withTitle("Head")).withTitle("Ours");
        ours = MergeFixtures.role(ours, "r2", r -> r.withTitle("Senior analyst"));
        Design theirs = MergeFixtures.role(base, "r1", r -> r.withTitle("Chief")).withTitle("Theirs");
        theirs = MergeFixtures.role(theirs, "r2", r -> r.withTitle("Lead analyst").withFte(2));
        List<Conflict> conflicts = DesignMerge.merge(base, ours, theirs).conflicts();
        assertEquals(3, conflicts.size());
        Conflict r2 = conflicts.stream().filter(c -> "r2".equals(c.place().id())).findFirst().orElseThrow();
        assertEquals("scenario s / role r2 / title", r2.place().key());
        assertEquals("role", r2.place().kind());
        assertEquals("s", r2.place().scenario());
        assertEquals("title", r2.place().field());

        MergeResult chosen = merge(base, ours, theirs, Set.of(r2.place().key()));
        Role merged = MergeFixtures.role(chosen.design(), "r2");
        assertEquals("Lead analyst", merged.title(), "theirs chosen");
        assertEquals(2, merged.fte(), "their change without conflict taken anyway");
        assertEquals("Head", MergeFixtures.role(chosen.design(), "r1").title(), "ours kept where not chosen");
        assertEquals("Ours", chosen.design().title());
        assertEquals(3, chosen.conflicts().size(), "the same conflicts are listed");
        assertTrue(chosen.conflicts().stream().anyMatch(c -> c.resolution().equals("took theirs")));
    }

    @Test
    void choosingTheirsForEveryConflictGivesTheMergeWithTheSidesSwapped() {
        Design ours = MergeFixtures.role(base, "r1", r -> r.withTitle("Head")).withTitle("Ours");
        Design theirs = MergeFixtures.role(base, "r1", r -> r.withTitle("Chief").withFte(0.5)).withTitle("Theirs");
        MergeResult all = DesignMerge.merge(base, ours, theirs, key -> true);
        assertEquals(DesignMerge.merge(base, theirs, ours).design(), all.design());
    }

    @Test
    void aDeletionAndAChangeFollowTheSideChosen() {
        Design ours = MergeFixtures.removeNode(base, "r2");
        Design theirs = MergeFixtures.role(base, "r2", r -> r.withTitle("Lead analyst"));
        Conflict c = DesignMerge.merge(base, ours, theirs).conflicts().get(0);
        assertEquals(Conflict.Kind.DELETED_CHANGED, c.kind());
        MergeResult kept = merge(base, ours, theirs, Set.of(c.place().key()));
        assertEquals("Lead analyst", MergeFixtures.role(kept.design(), "r2").title(), "their changed role comes back");

        Conflict d = DesignMerge.merge(base, theirs, ours).conflicts().get(0);
        assertEquals(Conflict.Kind.CHANGED_DELETED, d.kind());
        MergeResult deleted = merge(base, theirs, ours, Set.of(d.place().key()));
        assertTrue(MergeFixtures.scenario(deleted.design()).node("r2").isEmpty(), "their deletion taken");
    }

    @Test
    void anIdAddedOnBothSidesTakesTheFieldsChosen() {
        Design ours = MergeFixtures.addNode(base, MergeFixtures.newRole("r9", "Designer", "ops"));
        Design theirs = MergeFixtures.addNode(base, MergeFixtures.newRole("r9", "Developer", "ops").withFte(2));
        List<Conflict> conflicts = DesignMerge.merge(base, ours, theirs).conflicts();
        assertEquals(2, conflicts.size());
        Conflict fte = conflicts.stream().filter(c -> "fte".equals(c.place().field())).findFirst().orElseThrow();
        Role r9 = MergeFixtures.role(merge(base, ours, theirs, Set.of(fte.place().key())).design(), "r9");
        assertEquals("Designer", r9.title());
        assertEquals(2, r9.fte());
    }

    @Test
    void aChoiceThatMakesAReferenceDangleIsResolvedAndListed() {
        Design ours = MergeFixtures.removeNode(MergeFixtures.removeNode(base, "r3"), "emea-team");
        Design theirs = MergeFixtures.role(base, "r3", r -> r.withTitle("EMEA lead"));
        MergeResult plain = DesignMerge.merge(base, ours, theirs);
        assertTrue(MergeFixtures.scenario(plain.design()).node("r3").isEmpty(), "ours by default: deleted");
        List<String> keys = plain.conflicts().stream().filter(Conflict::choosable).map(c -> c.place().key()).toList();
        assertEquals(List.of("scenario s / role r3"), keys);
        MergeResult chosen = merge(base, ours, theirs, Set.copyOf(keys));
        Role r3 = MergeFixtures.role(chosen.design(), "r3");
        assertEquals("EMEA lead", r3.title());
        assertNull(r3.team(), "its team was deleted in ours");
        assertTrue(chosen.conflicts().stream().anyMatch(c -> c.kind() == Conflict.Kind.UNSOUND && !c.choosable()));
    }
}
