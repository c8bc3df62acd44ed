package org.modesign.analysis;

/**
 * A directed graph over {@code 0..n-1} in compressed adjacency arrays. The targets of each node
 * keep the order in which their edges were given.
 */
final class IntGraph {

    private final int[] start;
    private final int[] targets;

    private IntGraph(int[] start, int[] targets) {
        this.start = start;
        this.targets = targets;
    }

    /** The graph of the first {@code m} edges {@code src[e] -> dst[e]}, in O(n + m). */
    static IntGraph of(int n, int[] src, int[] dst, int m) {
        int[] start = new int[n + 1];
        for (int e = 0; e < m; e++) {
            start[src[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] next = new int[n];
        System.arraycopy(start, 0, next, 0, n);
        int[] targets = new int[m];
        for (int e = 0; e < m; e++) {
            targets[next[src[e]]++] = dst[e];
        }
        return new IntGraph(start, targets);
    }

    /** The same edges reversed; the sources of each node come in increasing order. */
    IntGraph reversed() {
        int n = start.length - 1;
        int m = targets.length;
        int[] src = new int[m];
        int[] dst = new int[m];
        int e = 0;
        for (int v = 0; v < n; v++) {
            for (int i = start[v]; i < start[v + 1]; i++) {
                src[e] = targets[i];
                dst[e++] = v;
            }
        }
        return of(n, src, dst, m);
    }

    int degree(int v) {
        return start[v + 1] - start[v];
    }

    int target(int v, int k) {
        return targets[start[v] + k];
    }
}
