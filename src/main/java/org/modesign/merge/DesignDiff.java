package org.modesign.merge;

import java.util.List;
import java.util.Map;
import org.modesign.model.Design;

/**
 * What changed from one design to another, by id: the design's title, description and settings;
 * the charter; the regions, tools, capabilities and phases; per scenario its name and strategy,
 * the nodes added, removed and changed field by field, the lines and the deployments. Moves of
 * nodes (x and y alone) are not listed but counted per scenario.
 *
 * @param changes every change, in the order of the file
 * @param moves per scenario id, how many of its nodes moved; scenarios with none left out
 */
public record DesignDiff(List<Change> changes, Map<String, Integer> moves) {

    public DesignDiff {
        changes = List.copyOf(changes);
        moves = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(moves));
    }

    /** The changes from {@code a} to {@code b}. */
    public static DesignDiff of(Design a, Design b) {
        Differences out = new Differences();
        Schema.DESIGN.diff(Loc.ROOT, a, b, out);
        return out.result();
    }

    /** Whether the two designs are the same (nothing changed, nothing moved). */
    public boolean isEmpty() {
        return changes.isEmpty() && moves.isEmpty();
    }

    /** How many nodes moved, in all scenarios. */
    public int moved() {
        return moves.values().stream().mapToInt(Integer::intValue).sum();
    }
}
