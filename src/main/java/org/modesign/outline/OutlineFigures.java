package org.modesign.outline;

import java.util.List;
import org.modesign.analysis.Finding;
import org.modesign.analysis.RollUps;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.model.Design;

/**
 * The figures of the outline's rows in one phase: whether each card is active then (the chart
 * ghosts it otherwise), each role's FTE then, and each branch's roles and FTE then. The per-card
 * figures are the chart's own roll-ups ({@link RollUps}, each card its own roll-up), added up the
 * tree, so that a branch shows in the outline what its roll-up card shows when it is collapsed on
 * the chart. O(cards + the findings' cards).
 */
public final class OutlineFigures {

    private final boolean[] active;
    private final double[] fte;
    private final int[] branchRoles;
    private final double[] branchFte;

    private OutlineFigures(int n) {
        active = new boolean[n];
        fte = new double[n];
        branchRoles = new int[n];
        branchFte = new double[n];
    }

    /**
     * The figures of {@code tree}'s scenario of {@code design} in phase {@code phase} (a phase index,
     * or -1 for every phase).
     */
    public static OutlineFigures of(Design design, OutlineTree tree, int phase, List<Finding> phaseFindings) {
        ScenarioIndex index = ScenarioIndex.of(design, tree.scenario());
        RollUps own = RollUps.of(index, phase, v -> v, phaseFindings);
        int n = tree.size();
        OutlineFigures figures = new OutlineFigures(n);
        for (int v = 0; v < n; v++) {
            figures.active[v] = phase < 0 || index.isActive(v, phase);
            figures.fte[v] = own.fte(v);
        }
        int[] order = topDown(tree);
        for (int k = order.length - 1; k >= 0; k--) {
            int v = order[k];
            int p = tree.parent(v);
            if (p >= 0) {
                figures.branchRoles[p] += own.roles(v) + figures.branchRoles[v];
                figures.branchFte[p] += figures.fte[v] + figures.branchFte[v];
            }
        }
        return figures;
    }

    private static int[] topDown(OutlineTree tree) {
        int[] order = new int[tree.size()];
        int tail = 0;
        for (int root : tree.roots()) {
            order[tail++] = root;
        }
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            for (int k = 0; k < tree.childCount(v); k++) {
                order[tail++] = tree.child(v, k);
            }
        }
        return order;
    }

    /** Whether card {@code v} is active in the phase (the chart shows it ghosted otherwise). */
    public boolean active(int v) {
        return active[v];
    }

    /** Role {@code v}'s FTE in the phase (0 when inactive; 0 for a team or an executive). */
    public double fte(int v) {
        return fte[v];
    }

    /** How many roles active in the phase lie below {@code v}. */
    public int branchRoles(int v) {
        return branchRoles[v];
    }

    /** Their FTE in the phase. */
    public double branchFte(int v) {
        return branchFte[v];
    }
}
