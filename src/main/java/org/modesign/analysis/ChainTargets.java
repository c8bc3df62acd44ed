package org.modesign.analysis;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * For every node, the first node of its chain (format.md §2: follow the first up edge until there
 * is none or a node would come a second time) that is a <em>target</em>, how many edges lead to
 * it, and the phases in which every node from the node to that target is active. Computed for all
 * nodes together in O(nodes), loops included: a chain that loops without a target has none.
 */
final class ChainTargets {

    private static final int UNKNOWN = -2;
    private static final int ON_PATH = -3;

    private final int[] target;
    private final int[] distance;
    private final int[] activeFrom;
    private final int[] activeTo;

    private ChainTargets(int n) {
        target = new int[n];
        Arrays.fill(target, UNKNOWN);
        distance = new int[n];
        activeFrom = new int[n];
        activeTo = new int[n];
    }

    /** The chain targets of the index's nodes, where a target is a node that {@code isTarget}. */
    static ChainTargets of(ScenarioIndex index, IntPredicate isTarget) {
        ChainTargets chains = new ChainTargets(index.size());
        int[] path = new int[index.size()];
        for (int s = 0; s < index.size(); s++) {
            if (chains.target[s] == UNKNOWN) {
                chains.resolve(index, isTarget, s, path);
            }
        }
        return chains;
    }

    /** Walks the chain from {@code s} to the first resolved node, then resolves the path back. */
    private void resolve(ScenarioIndex index, IntPredicate isTarget, int s, int[] path) {
        int length = 0;
        int v = s;
        while (v >= 0 && target[v] == UNKNOWN) {
            if (isTarget.test(v)) {
                target[v] = v;
                activeFrom[v] = index.fromIdx(v);
                activeTo[v] = index.toIdx(v);
                break;
            }
            target[v] = ON_PATH;
            path[length++] = v;
            v = index.firstUp(v);
        }
        boolean reached = v >= 0 && target[v] >= 0;
        while (length > 0) {
            int u = path[--length];
            if (reached) {
                target[u] = target[v];
                distance[u] = distance[v] + 1;
                activeFrom[u] = Math.max(index.fromIdx(u), activeFrom[v]);
                activeTo[u] = Math.min(index.toIdx(u), activeTo[v]);
            } else {
                target[u] = -1;
            }
            v = u;
        }
    }

    /** The first target on the chain of {@code v}, or -1 when there is none. */
    int target(int v) {
        return target[v];
    }

    /** How many edges lead from {@code v} to its target (when it has one). */
    int distance(int v) {
        return distance[v];
    }

    /** Whether every node from {@code v} to its target is active in phase {@code p}. */
    boolean activeAll(int v, int p) {
        return target[v] >= 0 && activeFrom[v] <= p && p <= activeTo[v];
    }
}
