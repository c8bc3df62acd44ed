package org.modesign.merge;

import java.util.function.Predicate;
import org.modesign.model.Design;

/**
 * The three-way merge of two designs that grew from one base, by id and field by field (see
 * {@link Part#merge}, {@link ListMerge}): every change that only one side made is taken; the same
 * change on both sides is one change; a field changed two ways, an element deleted on one side
 * and changed on the other, an id added on both sides with different content or a list ordered
 * two ways is a conflict that keeps ours. The merged design is then made to load
 * ({@link Repairs}): a reference that dangles is a conflict too, resolved as documented there.
 */
public final class DesignMerge {

    private DesignMerge() {
    }

    /** Merges {@code theirs} into {@code ours}, both grown from {@code base}; all three must be sound. */
    public static MergeResult merge(Design base, Design ours, Design theirs) {
        return merge(base, ours, theirs, key -> false);
    }

    /**
     * The same merge, but a conflict whose {@link Place#key()} {@code theirsAt} accepts takes
     * theirs instead of ours (their value, their deletion, their element, their order); the result
     * is then made to load as above, so a choice that makes a reference dangle is resolved too.
     */
    public static MergeResult merge(Design base, Design ours, Design theirs, Predicate<String> theirsAt) {
        Conflicts out = new Conflicts(theirsAt);
        Design merged = Schema.DESIGN.merge(Loc.ROOT, base, ours, theirs, out);
        Design sound = Repairs.repair(merged, ours, out);
        return new MergeResult(sound, out.located(sound, ours, theirs, base));
    }
}
