package org.modesign.render;

import java.util.Arrays;

/**
 * The lines of a {@link ChartScene}: ends, kind and route per line, and which lines meet each
 * node. Immutable; {@link #withRoutes} shares everything but the routes.
 */
final class SceneLines {

    private final int[] from;
    private final int[] to;
    private final LineKind[] kinds;
    private final LineRoute[] routes;
    private final int modelCount;
    /** Lines at node {@code n} are {@code linesAtNode[atStart[n] .. atStart[n+1])}. */
    private final int[] atStart;
    private final int[] linesAtNode;

    private SceneLines(int[] from, int[] to, LineKind[] kinds, LineRoute[] routes, int modelCount, int[] atStart,
            int[] linesAtNode) {
        this.from = from;
        this.to = to;
        this.kinds = kinds;
        this.routes = routes;
        this.modelCount = modelCount;
        this.atStart = atStart;
        this.linesAtNode = linesAtNode;
    }

    /**
     * Lines with the given ends (-1 for an end not on the chart), of which the first
     * {@code modelCount} are the scenario's own, between {@code nodeCount} nodes.
     */
    static SceneLines of(int[] from, int[] to, LineKind[] kinds, LineRoute[] routes, int modelCount, int nodeCount) {
        int[] atStart = new int[nodeCount + 1];
        for (int line = 0; line < from.length; line++) {
            if (from[line] >= 0 && to[line] >= 0) {
                atStart[from[line] + 1]++;
                atStart[to[line] + 1]++;
            }
        }
        for (int n = 0; n < nodeCount; n++) {
            atStart[n + 1] += atStart[n];
        }
        int[] linesAtNode = new int[atStart[nodeCount]];
        int[] next = Arrays.copyOf(atStart, nodeCount);
        for (int line = 0; line < from.length; line++) {
            if (from[line] >= 0 && to[line] >= 0) {
                linesAtNode[next[from[line]]++] = line;
                linesAtNode[next[to[line]]++] = line;
            }
        }
        return new SceneLines(from, to, kinds, routes, modelCount, atStart, linesAtNode);
    }

    int count() {
        return from.length;
    }

    int modelCount() {
        return modelCount;
    }

    int from(int line) {
        return from[line];
    }

    int to(int line) {
        return to[line];
    }

    LineKind kind(int line) {
        return kinds[line];
    }

    LineRoute route(int line) {
        return routes[line];
    }

    /** The lines that meet any of {@code nodes}, each once, ascending. */
    int[] linesAt(int[] nodes) {
        int total = 0;
        for (int n : nodes) {
            total += atStart[n + 1] - atStart[n];
        }
        int[] found = new int[total];
        int size = 0;
        for (int n : nodes) {
            for (int k = atStart[n]; k < atStart[n + 1]; k++) {
                found[size++] = linesAtNode[k];
            }
        }
        Arrays.sort(found);
        int unique = 0;
        for (int k = 0; k < size; k++) {
            if (unique == 0 || found[unique - 1] != found[k]) {
                found[unique++] = found[k];
            }
        }
        return Arrays.copyOf(found, unique);
    }

    /** These lines with {@code lines[k]} routed along {@code newRoutes[k]}. */
    SceneLines withRoutes(int[] lines, LineRoute[] newRoutes) {
        LineRoute[] copy = Arrays.copyOf(routes, routes.length);
        for (int k = 0; k < lines.length; k++) {
            copy[lines[k]] = newRoutes[k];
        }
        return new SceneLines(from, to, kinds, copy, modelCount, atStart, linesAtNode);
    }
}
