package org.modesign.render;

import java.util.Arrays;

/**
 * The folded branches of a chart, as the scene shows them: per card number whether it is folded
 * away ({@code hidden}: not painted, not found by the scene's queries, and neither is a line that
 * meets it) and whether it can be folded ({@code foldable}: it gets a chevron); the shown collapsed
 * cards, each with the facts of its roll-up card. The arrays are kept, not copied: do not change
 * them. Worked out by the caller (the editor with the layout and analysis packages).
 */
public final class SceneFolds {

    /** Nothing folded and no chevrons: the chart as the file has it (exports). */
    public static final SceneFolds NONE = new SceneFolds(new boolean[0], new boolean[0], new int[0], new RollUpFacts[0]);

    private final boolean[] hidden;
    private final boolean[] foldable;
    private final int[] collapsed;
    private final RollUpFacts[] facts;
    private final boolean[] isCollapsed;

    /**
     * @param hidden    per card number, whether it is folded away (shorter arrays: the rest shown)
     * @param foldable  per card number, whether it has reports or members
     * @param collapsed the shown collapsed cards
     * @param facts     the roll-up of each of {@code collapsed}, in the same order
     */
    public SceneFolds(boolean[] hidden, boolean[] foldable, int[] collapsed, RollUpFacts[] facts) {
        if (collapsed.length != facts.length) {
            throw new IllegalArgumentException("one roll-up is needed per collapsed card");
        }
        this.hidden = hidden;
        this.foldable = foldable;
        this.collapsed = collapsed;
        this.facts = facts;
        int size = Math.max(hidden.length, foldable.length);
        for (int c : collapsed) {
            size = Math.max(size, c + 1);
        }
        isCollapsed = new boolean[size];
        for (int c : collapsed) {
            isCollapsed[c] = true;
        }
    }

    public boolean hidden(int index) {
        return index >= 0 && index < hidden.length && hidden[index];
    }

    public boolean foldable(int index) {
        return index >= 0 && index < foldable.length && foldable[index];
    }

    /** How many collapsed cards are shown with a roll-up. */
    public int count() {
        return collapsed.length;
    }

    /** The card number of the {@code k}-th shown collapsed card. */
    public int collapsed(int k) {
        return collapsed[k];
    }

    /** Whether card {@code index} is shown collapsed. */
    public boolean isCollapsed(int index) {
        return index >= 0 && index < isCollapsed.length && isCollapsed[index];
    }

    public RollUpFacts facts(int k) {
        return facts[k];
    }

    /** Whether any card is folded away or has a chevron. */
    boolean any() {
        return collapsed.length > 0 || foldable.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SceneFolds f && Arrays.equals(f.hidden, hidden) && Arrays.equals(f.foldable, foldable)
                && Arrays.equals(f.collapsed, collapsed) && Arrays.equals(f.facts, facts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(collapsed) * 31 + Arrays.hashCode(facts);
    }
}
