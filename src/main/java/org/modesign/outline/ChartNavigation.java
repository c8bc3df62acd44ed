package org.modesign.outline;

/**
 * Moving the selection over the chart with the keyboard, along the chart's own reporting tree
 * ({@link OutlineTree}: a card under the superior of its solid line, a team member under its team;
 * siblings in the chart's order, left to right, then top to bottom). Home is the first top card; Up
 * the card above; Down the first card below; Left and Right the previous and next card under the
 * same card (the top cards among themselves). Each step is O(1) once built (O(cards)).
 */
public final class ChartNavigation {

    /** No card: there is none that way. */
    public static final int NONE = -1;

    private final OutlineTree tree;
    private final int[] roots;
    /** Each card's place among the cards under the same card (or among the top cards). */
    private final int[] rank;

    private ChartNavigation(OutlineTree tree) {
        this.tree = tree;
        this.roots = tree.roots();
        int n = tree.size();
        rank = new int[n];
        for (int k = 0; k < roots.length; k++) {
            rank[roots[k]] = k;
        }
        for (int v = 0; v < n; v++) {
            for (int k = 0; k < tree.childCount(v); k++) {
                rank[tree.child(v, k)] = k;
            }
        }
    }

    /** The navigation of {@code tree}'s chart. */
    public static ChartNavigation of(OutlineTree tree) {
        return new ChartNavigation(tree);
    }

    /** The tree it walks. */
    public OutlineTree tree() {
        return tree;
    }

    /** The top card, first in the chart's order; {@link #NONE} for an empty chart. */
    public int home() {
        return roots.length == 0 ? NONE : roots[0];
    }

    /** The card above {@code v}: its manager, or the team of a member; {@link #NONE} for a top card. */
    public int up(int v) {
        return tree.parent(v);
    }

    /** The first report or member of {@code v}; {@link #NONE} when it has none. */
    public int down(int v) {
        return tree.childCount(v) == 0 ? NONE : tree.child(v, 0);
    }

    /** The card before {@code v} under the same card (Left); {@link #NONE} for the first. */
    public int previous(int v) {
        return sibling(v, rank[v] - 1);
    }

    /** The card after {@code v} under the same card (Right); {@link #NONE} for the last. */
    public int next(int v) {
        return sibling(v, rank[v] + 1);
    }

    private int sibling(int v, int k) {
        int p = tree.parent(v);
        int count = p < 0 ? roots.length : tree.childCount(p);
        if (k < 0 || k >= count) {
            return NONE;
        }
        return p < 0 ? roots[k] : tree.child(p, k);
    }

    /** Where key {@code step} goes from card {@code v}; from no card ({@code v < 0}) every key goes home. */
    public int go(int v, Step step) {
        if (v < 0 || v >= tree.size()) {
            return home();
        }
        return switch (step) {
            case HOME -> home();
            case UP -> up(v);
            case DOWN -> down(v);
            case PREVIOUS -> previous(v);
            case NEXT -> next(v);
        };
    }

    /** The keys that move over the chart. */
    public enum Step { HOME, UP, DOWN, PREVIOUS, NEXT }
}
