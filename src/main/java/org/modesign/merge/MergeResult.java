package org.modesign.merge;

import java.util.List;
import org.modesign.model.Design;

/**
 * The outcome of a three-way merge: a design that loads (it passes {@code Integrity}) and the
 * conflicts met on the way, each resolved as its sentence says.
 */
public record MergeResult(Design design, List<Conflict> conflicts) {

    public MergeResult {
        java.util.Objects.requireNonNull(design, "design");
        conflicts = List.copyOf(conflicts);
    }

    /** Whether nothing conflicted. */
    public boolean clean() {
        return conflicts.isEmpty();
    }
}
