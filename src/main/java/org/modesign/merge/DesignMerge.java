package org.modesign.merge;

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
        Conflicts out = new Conflicts();
        Design merged = Schema.DESIGN.merge(Loc.ROOT, base, ours, theirs, out);
        Design sound = Repairs.repair(merged, ours, out);
        return new MergeResult(sound, out.located(sound, ours, theirs, base));
    }
}
