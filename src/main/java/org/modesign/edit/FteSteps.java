package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.FteChange;
import org.modesign.model.Role;

/**
 * The rules for a role's FTE changes (format-v2.md §2, §7): each names a phase of the plan within
 * the role's own {@code from}..{@code to} (defaults applied, not narrowed by its team), the phases
 * are distinct and in plan order, and each FTE lies within the bounds of {@code fte}. O(changes).
 */
final class FteSteps {

    private FteSteps() {
    }

    /** Refuses, with a sentence, unless {@code changes} would be sound FTE changes of {@code role}. */
    static void check(PhaseOrder order, Role role, List<FteChange> changes) {
        int previous = -1;
        for (FteChange change : changes) {
            int at = order.index(change.phase());
            if (at < 0) {
                throw EditRejected.of(EditKey.NO_PHASE, change.phase());
            }
            Rules.fte(change.fte());
            if (at == previous) {
                throw EditRejected.of(EditKey.FTE_CHANGE_TAKEN, role.title(), order.name(at));
            }
            if (at < previous) {
                throw EditRejected.of(EditKey.FTE_CHANGE_ORDER, role.title(), order.name(at));
            }
            within(order, role, at);
            previous = at;
        }
    }

    /** Refuses phase {@code at} when it lies outside the role's own phases. */
    static void within(PhaseOrder order, Role role, int at) {
        int first = Holders.first(order, role);
        int last = Holders.last(order, role);
        if (at < first || at > last) {
            throw EditRejected.of(EditKey.FTE_CHANGE_OUTSIDE, role.title(), order.name(at),
                    order.name(first), order.name(last));
        }
    }

    /** The changes of {@code role} that {@link #check} accepts when taken in order (the role itself when all are). */
    static Role sound(PhaseOrder order, Role role) {
        List<FteChange> kept = new ArrayList<>(role.fteChanges().size());
        for (FteChange change : role.fteChanges()) {
            List<FteChange> trial = new ArrayList<>(kept);
            trial.add(change);
            try {
                check(order, role, trial);
                kept.add(change);
            } catch (EditRejected dropped) {
                // the change cannot stay
            }
        }
        return kept.size() == role.fteChanges().size() ? role : role.withFteChanges(kept);
    }
}
