package org.modesign.layout;

/**
 * The compact layout: every subtree is a block (a rectangle that holds it), built bottom-up and
 * placed top-down, so no two cards can overlap and every card is below its parent. A card's reports
 * stand side by side under it (the card centred over them) while that block keeps close to the
 * shape of a screen; leaf reports hang in one column (indented, as printed org charts do). When the
 * row would be far wider or taller than a screen's shape, the reports wrap into columns
 * ("stacked"): the card at the left, its reports in as many columns as keep the block near
 * {@link #ASPECT}, each report's own reports stacked the same way. A stacked block's reports sit
 * wholly right of its card's centre, so the line up from a report in a column passes only the cards
 * of the reports above it, as in a stacked column of leaves. Roots wrap into rows. O(cards).
 */
final class BlockLayout {

    /** The shape aimed at, width over height: a laptop screen (1440 × 900). */
    static final double ASPECT = 1.6;
    /** A row of reports wider (or a block taller) than this many times {@link #ASPECT} is stacked. */
    private static final double TOO_WIDE = 2.0;
    /** A block narrower than this (width over height) is stacked into columns: about a dozen leaves in one. */
    private static final double TOO_TALL = 0.2;
    /** Roots stand side by side up to at least this width before they wrap. */
    private static final double ROOT_ROW = 2400;

    private static final byte STACK = 0;
    private static final byte ROW = 1;
    private static final byte STACKED = 2;

    private final int n;
    private final int[] first;
    private final int[] kids;
    private final double cw;
    private final double ch;
    private final Spacing s;
    /** Natural block: size, root card's x within it, and how it is arranged. */
    private final double[] wN;
    private final double[] hN;
    private final double[] rootN;
    private final byte[] mode;
    /** Stacked block (card at the left, reports in columns): size and column height limit. */
    private final double[] wS;
    private final double[] hS;
    private final double[] limit;
    final double[] x;
    final double[] y;

    BlockLayout(Forest forest, Spacing spacing) {
        this(parents(forest), spacing);
    }

    private static int[] parents(Forest forest) {
        int[] parent = new int[forest.size()];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = forest.parent(v);
        }
        return parent;
    }

    /** A layout of the forest in which card v's parent is {@code parent[v]} (-1 for a root); the forest has no cycle. */
    BlockLayout(int[] parent, Spacing spacing) {
        n = parent.length;
        s = spacing;
        cw = spacing.cardWidth();
        ch = spacing.cardHeight();
        first = new int[n + 2];
        kids = new int[n];
        for (int v = 0; v < n; v++) {
            int p = parent[v];
            first[(p < 0 ? n : p) + 1]++;
        }
        for (int v = 0; v <= n; v++) {
            first[v + 1] += first[v];
        }
        int[] fill = java.util.Arrays.copyOf(first, n + 1);
        for (int v = 0; v < n; v++) {
            int p = parent[v];
            kids[fill[p < 0 ? n : p]++] = v;
        }
        wN = new double[n];
        hN = new double[n];
        rootN = new double[n];
        mode = new byte[n];
        wS = new double[n];
        hS = new double[n];
        limit = new double[n];
        x = new double[n];
        y = new double[n];
    }

    /** Places every card; x and y then hold each card's top-left corner. */
    BlockLayout place() {
        int[] order = breadthFirst();
        for (int k = order.length - 1; k >= 0; k--) {
            measure(order[k]);
        }
        double[] bx = new double[n];
        double[] by = new double[n];
        boolean[] stacked = new boolean[n];
        placeRoots(bx, by);
        for (int v : order) {
            if (stacked[v] || mode[v] == STACKED) {
                placeStacked(v, bx[v], by[v], bx, by, stacked);
            } else if (mode[v] == STACK) {
                placeStack(v, bx[v], by[v], bx, by);
            } else {
                placeRow(v, bx[v], by[v], bx, by);
            }
        }
        return this;
    }

    private int[] breadthFirst() {
        int[] order = new int[n];
        int tail = 0;
        for (int k = first[n]; k < first[n + 1]; k++) {
            order[tail++] = kids[k];
        }
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            for (int k = first[v]; k < first[v + 1]; k++) {
                order[tail++] = kids[k];
            }
        }
        return order;
    }

    private boolean leaf(int v) {
        return first[v] == first[v + 1];
    }

    private void measure(int v) {
        int count = first[v + 1] - first[v];
        if (count == 0) {
            wN[v] = wS[v] = cw;
            hN[v] = hS[v] = ch;
            rootN[v] = 0;
            mode[v] = ROW;
            return;
        }
        measureStacked(v);
        int leaves = 0;
        for (int k = first[v]; k < first[v + 1]; k++) {
            leaves += leaf(kids[k]) ? 1 : 0;
        }
        if (leaves == count && leaves >= 2) {
            mode[v] = STACK;
            wN[v] = s.stackIndent() + cw;
            hN[v] = ch + s.verticalGap() + leaves * ch + (leaves - 1) * s.stackGap();
            rootN[v] = 0;
        } else {
            measureRow(v, leaves);
        }
        double aspect = wN[v] / hN[v];
        if (count >= 2 && (aspect > ASPECT * TOO_WIDE || aspect < TOO_TALL)
                && misfit(wS[v] / hS[v]) < misfit(aspect)) {
            mode[v] = STACKED;
            wN[v] = wS[v];
            hN[v] = hS[v];
            rootN[v] = 0;
        }
    }

    private static double misfit(double aspect) {
        return Math.abs(Math.log(aspect / ASPECT));
    }

    /** A row: the column of leaves (two or more) first, then each other report's natural block. */
    private void measureRow(int v, int leaves) {
        double width = 0;
        double height = 0;
        double firstCentre = -1;
        double lastCentre = 0;
        if (leaves >= 2) {
            width = cw;
            height = leaves * ch + (leaves - 1) * s.stackGap();
            firstCentre = cw / 2;
            lastCentre = cw / 2;
        }
        for (int k = first[v]; k < first[v + 1]; k++) {
            int c = kids[k];
            if (leaves >= 2 && leaf(c)) {
                continue;
            }
            double left = width == 0 ? 0 : width + s.horizontalGap();
            lastCentre = left + rootN[c] + cw / 2;
            if (firstCentre < 0) {
                firstCentre = lastCentre;
            }
            width = left + wN[c];
            height = Math.max(height, hN[c]);
        }
        mode[v] = ROW;
        wN[v] = width;
        hN[v] = ch + s.verticalGap() + height;
        rootN[v] = (firstCentre + lastCentre) / 2 - cw / 2;
    }

    /** The gap below report {@code c} in a stacked column. */
    private double gapBelow(int c) {
        return leaf(c) ? s.stackGap() : s.verticalGap();
    }

    private double columnsLeft() {
        return cw / 2 + s.horizontalGap() / 2;
    }

    /** Column heights tried, as multiples of the height that would make the block's area square to {@link #ASPECT}. */
    private static final double[] TRIES = {1, 1.5, 2, 3};

    private void measureStacked(int v) {
        double area = 0;
        double tallest = 0;
        for (int k = first[v]; k < first[v + 1]; k++) {
            int c = kids[k];
            area += (wS[c] + s.horizontalGap()) * (hS[c] + gapBelow(c));
            tallest = Math.max(tallest, hS[c]);
        }
        double best = Double.POSITIVE_INFINITY;
        for (double factor : TRIES) {
            double tried = Math.max(tallest, factor * Math.sqrt(area / ASPECT));
            double[] size = columns(v, tried);
            double misfit = misfit(size[0] / size[1]);
            if (misfit < best - 1e-9) {
                best = misfit;
                limit[v] = tried;
                wS[v] = size[0];
                hS[v] = size[1];
            }
        }
    }

    /** The width and height of v's stacked block with columns no taller than {@code most}. */
    private double[] columns(int v, double most) {
        double width = 0;
        double height = 0;
        double columnWidth = 0;
        double columnHeight = 0;
        for (int k = first[v]; k < first[v + 1]; k++) {
            int c = kids[k];
            if (columnHeight > 0 && columnHeight + hS[c] > most) {
                width += columnWidth + s.horizontalGap();
                columnWidth = 0;
                columnHeight = 0;
            }
            columnWidth = Math.max(columnWidth, wS[c]);
            height = Math.max(height, columnHeight + hS[c]);
            columnHeight += hS[c] + gapBelow(c);
        }
        width += columnWidth;
        return new double[] {Math.max(cw, columnsLeft() + width), ch + s.verticalGap() + height};
    }

    private void placeRoots(double[] bx, double[] by) {
        double area = 0;
        double widest = 0;
        for (int k = first[n]; k < first[n + 1]; k++) {
            int r = kids[k];
            area += (wN[r] + s.horizontalGap()) * (hN[r] + 2 * s.verticalGap());
            widest = Math.max(widest, wN[r]);
        }
        double rowLimit = Math.max(ROOT_ROW, Math.max(widest, Math.sqrt(area * ASPECT)));
        double left = 0;
        double top = 0;
        double rowHeight = 0;
        for (int k = first[n]; k < first[n + 1]; k++) {
            int r = kids[k];
            if (left > 0 && left + wN[r] > rowLimit) {
                left = 0;
                top += rowHeight + 2 * s.verticalGap();
                rowHeight = 0;
            }
            bx[r] = left;
            by[r] = top;
            left += wN[r] + s.horizontalGap();
            rowHeight = Math.max(rowHeight, hN[r]);
        }
    }

    private void placeStack(int v, double left, double top, double[] bx, double[] by) {
        x[v] = left;
        y[v] = top;
        double next = top + ch + s.verticalGap();
        for (int k = first[v]; k < first[v + 1]; k++) {
            int c = kids[k];
            bx[c] = left + s.stackIndent();
            by[c] = next;
            next += ch + s.stackGap();
        }
    }

    private void placeRow(int v, double left, double top, double[] bx, double[] by) {
        x[v] = left + rootN[v];
        y[v] = top;
        double below = top + ch + s.verticalGap();
        int leaves = 0;
        for (int k = first[v]; k < first[v + 1]; k++) {
            leaves += leaf(kids[k]) ? 1 : 0;
        }
        double next = left;
        if (leaves >= 2) {
            double leafTop = below;
            for (int k = first[v]; k < first[v + 1]; k++) {
                int c = kids[k];
                if (leaf(c)) {
                    bx[c] = left;
                    by[c] = leafTop;
                    leafTop += ch + s.stackGap();
                }
            }
            next = left + cw + s.horizontalGap();
        }
        for (int k = first[v]; k < first[v + 1]; k++) {
            int c = kids[k];
            if (leaves >= 2 && leaf(c)) {
                continue;
            }
            bx[c] = next;
            by[c] = below;
            next += wN[c] + s.horizontalGap();
        }
    }

    private void placeStacked(int v, double left, double top, double[] bx, double[] by, boolean[] stacked) {
        x[v] = left;
        y[v] = top;
        double columnLeft = left + columnsLeft();
        double below = top + ch + s.verticalGap();
        double columnWidth = 0;
        double columnHeight = 0;
        for (int k = first[v]; k < first[v + 1]; k++) {
            int c = kids[k];
            if (columnHeight > 0 && columnHeight + hS[c] > limit[v]) {
                columnLeft += columnWidth + s.horizontalGap();
                columnWidth = 0;
                columnHeight = 0;
            }
            bx[c] = columnLeft;
            by[c] = below + columnHeight;
            stacked[c] = true;
            columnWidth = Math.max(columnWidth, wS[c]);
            columnHeight += hS[c] + gapBelow(c);
        }
    }
}
