package org.modesign.layout;

import java.util.Arrays;

/**
 * The tree the tidy algorithm places, in arrays: the forest's cards (indices 0..n-1) under one
 * virtual root (index n), children in scenario order. In the compact form, when a card has two or
 * more leaf reports they hang in one column: the first leaf becomes a child of the card, each
 * further leaf a child of the leaf above it, with the small stack gap between them; the column goes
 * before the card's other reports. Also gives each node its vertical extent: the top {@code y} and
 * {@code height} (card plus the gap below it). O(n).
 */
final class LayoutTree {

    final int root;
    /** Children of node v are {@code kids[first[v]]} to {@code kids[first[v + 1] - 1]}. */
    final int[] first;
    final int[] kids;
    /** Top of each node's card. */
    final double[] y;
    /** Each node's card height plus the gap below it. */
    final double[] height;
    /** Nodes whose only child is a stacked column, placed {@code stackIndent} left of it. */
    final boolean[] indented;
    /** Every node, parents before children (breadth first). */
    final int[] order;

    private LayoutTree(int n) {
        root = n;
        first = new int[n + 2];
        kids = new int[n];
        y = new double[n + 1];
        height = new double[n + 1];
        indented = new boolean[n + 1];
        order = new int[n + 1];
    }

    static LayoutTree build(Forest forest, Spacing spacing, boolean compact) {
        int n = forest.size();
        int[] reportStart = new int[n + 2];
        int[] reports = reportsOf(forest, reportStart);
        LayoutTree tree = new LayoutTree(n);
        int[] stackHead = new int[n];
        int[] nextInStack = new int[n];
        Arrays.fill(stackHead, -1);
        Arrays.fill(nextInStack, -1);
        if (compact) {
            tree.stack(reportStart, reports, stackHead, nextInStack);
        }
        tree.link(reportStart, reports, stackHead, nextInStack);
        tree.measure(spacing, nextInStack);
        return tree;
    }

    /** The forest's children in CSR form (index n for the virtual root), in scenario order. */
    private static int[] reportsOf(Forest forest, int[] start) {
        int n = forest.size();
        for (int v = 0; v < n; v++) {
            int p = forest.parent(v);
            start[(p < 0 ? n : p) + 1]++;
        }
        for (int v = 0; v <= n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, n + 1);
        int[] reports = new int[n];
        for (int v = 0; v < n; v++) {
            int p = forest.parent(v);
            reports[fill[p < 0 ? n : p]++] = v;
        }
        return reports;
    }

    /** Chains the leaf reports of every real card that has two or more into a column. */
    private void stack(int[] start, int[] reports, int[] stackHead, int[] nextInStack) {
        for (int v = 0; v < root; v++) {
            int leaves = 0;
            int previous = -1;
            for (int k = start[v]; k < start[v + 1]; k++) {
                int child = reports[k];
                if (start[child] == start[child + 1]) {
                    leaves++;
                    if (previous < 0) {
                        stackHead[v] = child;
                    } else {
                        nextInStack[previous] = child;
                    }
                    previous = child;
                }
            }
            if (leaves < 2) {
                stackHead[v] = -1;
            } else {
                indented[v] = leaves == start[v + 1] - start[v];
            }
        }
    }

    /** Fills {@link #first} and {@link #kids}: stacked columns replace their leaves. */
    private void link(int[] start, int[] reports, int[] stackHead, int[] nextInStack) {
        int next = 0;
        for (int v = 0; v <= root; v++) {
            first[v] = next;
            if (v < root && nextInStack[v] >= 0) {
                kids[next++] = nextInStack[v];
                continue;
            }
            if (v < root && stackHead[v] >= 0) {
                kids[next++] = stackHead[v];
            }
            for (int k = start[v]; k < start[v + 1]; k++) {
                int child = reports[k];
                if (v == root || stackHead[v] < 0 || start[child] != start[child + 1]) {
                    kids[next++] = child;
                }
            }
        }
        first[root + 1] = next;
    }

    /** Sets {@link #order}, {@link #height} and {@link #y}, breadth first from the root. */
    private void measure(Spacing spacing, int[] nextInStack) {
        for (int v = 0; v < root; v++) {
            double gap = nextInStack[v] >= 0 ? spacing.stackGap() : spacing.verticalGap();
            height[v] = spacing.cardHeight() + gap;
        }
        int tail = 0;
        order[tail++] = root;
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            for (int k = first[v]; k < first[v + 1]; k++) {
                int child = kids[k];
                y[child] = y[v] + height[v];
                order[tail++] = child;
            }
        }
    }
}
