package org.modesign.layout;

import java.util.Objects;
import org.modesign.model.Scenario;

/**
 * Arranges a scenario's cards as a tidy top-down tree in linear time. Each card hangs under the
 * superior of its first solid line (a role without one hangs under its team); dotted lines are
 * ignored; cards without a parent are roots, laid side by side in scenario order; a cycle of
 * reporting lines is broken at its first card in scenario order. The compact form (the default,
 * {@link BlockLayout}) stacks the leaf reports of a manager in one column under it, as printed org
 * charts do, and keeps the chart close to a screen's shape: a manager with many reports, or a level
 * of many teams, wraps into columns; roots wrap into rows. The classic form ({@link TidyTree}) puts
 * every level in one row. No two cards overlap, and every card is below its parent.
 *
 * <p>The layout starts at (0, 0): the leftmost card has x 0 and the roots have y 0.
 */
public final class TreeLayout {

    private final Spacing spacing;
    private final boolean compact;

    public TreeLayout(Spacing spacing, boolean compact) {
        this.spacing = Objects.requireNonNull(spacing, "spacing");
        this.compact = compact;
    }

    /** The default layout: compact, with {@link Spacing#DEFAULT}. */
    public static TreeLayout standard() {
        return new TreeLayout(Spacing.DEFAULT, true);
    }

    public Spacing spacing() {
        return spacing;
    }

    public boolean compact() {
        return compact;
    }

    /** Places every card of {@code scenario}; O(cards + lines). */
    public Placement layout(Scenario scenario) {
        return layout(Forest.of(scenario));
    }

    private Placement compactLayout(Forest forest) {
        int n = forest.size();
        BlockLayout blocks = new BlockLayout(forest, spacing).place();
        String[] ids = new String[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = forest.node(i).id();
            xs[i] = clean(blocks.x[i]);
            ys[i] = clean(blocks.y[i]);
        }
        return new Placement(ids, xs, ys, spacing.cardWidth(), spacing.cardHeight());
    }

    /**
     * {@code v} without the rounding dust of the sums that made it (to a millionth of a unit):
     * cards that should touch, with no gap between them, then touch instead of overlapping by
     * 1e-14 (199.99999999999997 beside 100 with a width of 100).
     */
    private static double clean(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    Placement layout(Forest forest) {
        if (compact) {
            return compactLayout(forest);
        }
        int n = forest.size();
        LayoutTree tree = LayoutTree.build(forest, spacing, compact);
        double[] x = new TidyTree(tree, spacing).place();
        double minX = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
        }
        String[] ids = new String[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = forest.node(i).id();
            xs[i] = clean(x[i] - minX);
            ys[i] = clean(tree.y[i]);
        }
        return new Placement(ids, xs, ys, spacing.cardWidth(), spacing.cardHeight());
    }
}
