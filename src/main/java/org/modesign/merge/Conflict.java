package org.modesign.merge;

/**
 * Something the two sides of a merge did that cannot both be kept, and how the merge resolved it.
 *
 * @param kind what the two sides did
 * @param path the JSON path in the merged design (or, for what it does not hold, in ours, then
 *     theirs, then the base: {@code inDesign} says which)
 * @param inDesign {@code merged}, {@code ours}, {@code theirs} or {@code base}: where {@code path} points
 * @param where the element, for people: {@code role "r1" ("Analyst") in scenario "central"}
 * @param ours our value, in words
 * @param theirs their value, in words
 * @param resolution what the merged design holds, in words
 * @param place where it lies by ids (the key a side is chosen by), or null for {@link Kind#UNSOUND}
 */
public record Conflict(Kind kind, String path, String inDesign, String where, String ours, String theirs,
        String resolution, Place place) {

    /** What the two sides did. */
    public enum Kind {
        /** One field changed two ways, or one id added on both sides with different content. */
        BOTH_CHANGED,
        /** We changed an element that they deleted. */
        CHANGED_DELETED,
        /** We deleted an element that they changed. */
        DELETED_CHANGED,
        /** Both sides changed the order of one list, differently. */
        ORDER,
        /** The merged design would not load (a reference dangles, two changes do not fit together). */
        UNSOUND
    }

    /** Whether a side can be chosen for it (every kind but {@link Kind#UNSOUND}, which is a resolution). */
    public boolean choosable() {
        return place != null;
    }

    /** One English sentence: where, both values, and what was kept. */
    public String sentence() {
        String at = path.isEmpty() ? "the design" : path;
        String place = "merged".equals(inDesign) ? "" : " (in " + inDesign + ")";
        String whereText = where == null || where.isEmpty() ? "" : " (" + where + ")";
        return switch (kind) {
            case BOTH_CHANGED, ORDER -> "Conflict at " + at + place + whereText + ": ours " + ours + ", theirs "
                    + theirs + "; " + resolution + ".";
            case CHANGED_DELETED, DELETED_CHANGED -> "Conflict at " + at + place + whereText + ": ours " + ours
                    + ", theirs " + theirs + "; " + resolution + ".";
            case UNSOUND -> "Conflict at " + at + whereText + ": " + ours + "; " + resolution + ".";
        };
    }
}
