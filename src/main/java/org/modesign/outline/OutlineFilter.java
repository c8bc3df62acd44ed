package org.modesign.outline;

/**
 * What the outline's filter leaves: the cards that match and the cards above them (their managers
 * and teams), so that each match shows in its place. The empty filter leaves every card.
 */
public final class OutlineFilter {

    private final String query;
    private final boolean[] matches;
    private final boolean[] shown;
    private final int matchCount;

    OutlineFilter(String query, boolean[] matches, boolean[] shown, int matchCount) {
        this.query = query;
        this.matches = matches;
        this.shown = shown;
        this.matchCount = matchCount;
    }

    static OutlineFilter all(int cards) {
        return new OutlineFilter("", null, null, cards);
    }

    /** The words looked for, lower case; empty when nothing is filtered. */
    public String query() {
        return query;
    }

    /** Whether everything shows. */
    public boolean isEmpty() {
        return matches == null;
    }

    /** Whether card {@code v} shows: it matches or a card below it does. */
    public boolean shows(int v) {
        return shown == null || shown[v];
    }

    /** Whether card {@code v} itself matches. */
    public boolean matches(int v) {
        return matches == null || matches[v];
    }

    /** How many cards match. */
    public int matchCount() {
        return matchCount;
    }
}
