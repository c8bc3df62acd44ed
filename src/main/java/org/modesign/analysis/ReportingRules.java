package org.modesign.analysis;

import java.util.Arrays;

/**
 * The phase-independent reporting rules (format.md §3): {@code reporting-cycle}, one finding per
 * strongly connected set of two or more nodes in the up-edge graph (Tarjan's algorithm, without
 * recursion, in O(nodes + edges)), and {@code multiple-managers}, a node with more than one solid
 * line of its own upward.
 */
final class ReportingRules {

    private ReportingRules() {
    }

    static void check(Findings out) {
        cycles(out);
        multipleManagers(out);
    }

    private static void multipleManagers(Findings out) {
        ScenarioIndex index = out.index();
        for (int v = 0; v < index.size(); v++) {
            int lines = index.solidLineCount(v);
            if (lines > 1) {
                int[] managers = new int[lines];
                for (int k = 0; k < lines; k++) {
                    managers[k] = index.upEdge(v, k);
                }
                out.add(Rule.MULTIPLE_MANAGERS, -1, -1, -1, new int[] {v},
                        FindingText.of(FindingKey.MULTIPLE_MANAGERS, out.subject(v), lines, out.nodes(managers)));
            }
        }
    }

    private static void cycles(Findings out) {
        new Tarjan(out).run();
    }

    /** Tarjan's strongly connected components with an explicit call stack. */
    private static final class Tarjan {

        private final Findings out;
        private final ScenarioIndex index;
        private final int[] order;
        private final int[] low;
        private final boolean[] onStack;
        private final int[] stack;
        private final int[] calls;
        private final int[] nextEdge;
        private int stackSize;
        private int callSize;
        private int counter;

        Tarjan(Findings out) {
            this.out = out;
            this.index = out.index();
            int n = index.size();
            order = new int[n];
            Arrays.fill(order, -1);
            low = new int[n];
            onStack = new boolean[n];
            stack = new int[n];
            calls = new int[n];
            nextEdge = new int[n];
        }

        void run() {
            for (int s = 0; s < index.size(); s++) {
                if (order[s] < 0) {
                    visit(s);
                    search();
                }
            }
        }

        private void visit(int v) {
            order[v] = counter;
            low[v] = counter++;
            stack[stackSize++] = v;
            onStack[v] = true;
            calls[callSize] = v;
            nextEdge[callSize++] = 0;
        }

        private void search() {
            while (callSize > 0) {
                int v = calls[callSize - 1];
                int k = nextEdge[callSize - 1];
                if (k < index.upEdgeCount(v)) {
                    nextEdge[callSize - 1]++;
                    int w = index.upEdge(v, k);
                    if (order[w] < 0) {
                        visit(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                } else {
                    callSize--;
                    if (low[v] == order[v]) {
                        component(v);
                    }
                    if (callSize > 0) {
                        int parent = calls[callSize - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }

        /** Pops the component rooted at {@code root}; reports it when it has two nodes or more. */
        private void component(int root) {
            int top = stackSize;
            int w;
            do {
                w = stack[--stackSize];
                onStack[w] = false;
            } while (w != root);
            if (top - stackSize >= 2) {
                int[] nodes = out.sorted(Arrays.copyOfRange(stack, stackSize, top));
                out.add(Rule.REPORTING_CYCLE, -1, -1, -1, nodes,
                        FindingText.of(FindingKey.REPORTING_CYCLE, out.nodes(nodes)));
            }
        }
    }
}
