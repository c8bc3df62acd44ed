package org.modesign.layout;

import java.util.Arrays;

/**
 * Horizontal placement of a {@link LayoutTree} by the tidy-tree algorithm for nodes of any height:
 * A. van der Ploeg, "Drawing non-layered tidy trees in linear time" (2014), the linear-time
 * extension of Buchheim, Jünger and Leipert's Walker algorithm. Sibling subtrees are pushed apart
 * until no two nodes whose vertical extents overlap are closer than one node width; the contours
 * are followed through threads, so the whole placement is O(n). Written with arrays and two loops
 * over a breadth-first order instead of recursion, so deep trees cannot overflow the stack.
 */
final class TidyTree {

    private final LayoutTree tree;
    /** Width of every node: a card plus the horizontal gap. */
    private final double width;
    private final double indent;
    private final double[] prelim;
    private final double[] mod;
    private final double[] shift;
    private final double[] change;
    private final double[] msel;
    private final double[] mser;
    private final int[] el;
    private final int[] er;
    private final int[] tl;
    private final int[] tr;
    /** The stack of (lowest y, sibling index) of the siblings already placed, as in the paper's IYL. */
    private final double[] iylLowY;
    private final int[] iylIndex;
    private int iylSize;

    TidyTree(LayoutTree tree, Spacing spacing) {
        this.tree = tree;
        this.width = spacing.cardWidth() + spacing.horizontalGap();
        this.indent = spacing.stackIndent();
        int count = tree.order.length;
        prelim = new double[count];
        mod = new double[count];
        shift = new double[count];
        change = new double[count];
        msel = new double[count];
        mser = new double[count];
        el = new int[count];
        er = new int[count];
        tl = new int[count];
        tr = new int[count];
        Arrays.fill(tl, -1);
        Arrays.fill(tr, -1);
        iylLowY = new double[count];
        iylIndex = new int[count];
    }

    /** The left x of every node (the root's included), relative to one another. */
    double[] place() {
        int[] order = tree.order;
        for (int k = order.length - 1; k >= 0; k--) {
            firstWalk(order[k]);
        }
        double[] x = new double[order.length];
        double[] modsum = new double[order.length];
        modsum[tree.root] = mod[tree.root];
        for (int v : order) {
            x[v] = prelim[v] + modsum[v];
            addChildSpacing(v);
            for (int k = tree.first[v]; k < tree.first[v + 1]; k++) {
                int child = tree.kids[k];
                modsum[child] = modsum[v] + mod[child];
            }
        }
        return x;
    }

    private int childCount(int v) {
        return tree.first[v + 1] - tree.first[v];
    }

    private int child(int v, int i) {
        return tree.kids[tree.first[v] + i];
    }

    private double bottom(int v) {
        return tree.y[v] + tree.height[v];
    }

    private void firstWalk(int t) {
        int count = childCount(t);
        if (count == 0) {
            setExtremes(t);
            return;
        }
        iylSize = 0;
        pushIyl(bottom(el[child(t, 0)]), 0);
        for (int i = 1; i < count; i++) {
            double lowY = bottom(er[child(t, i)]);
            separate(t, i);
            pushIyl(lowY, i);
        }
        positionRoot(t);
        setExtremes(t);
    }

    private void setExtremes(int t) {
        int count = childCount(t);
        if (count == 0) {
            el[t] = t;
            er[t] = t;
            msel[t] = 0;
            mser[t] = 0;
        } else {
            int c0 = child(t, 0);
            int cl = child(t, count - 1);
            el[t] = el[c0];
            msel[t] = msel[c0];
            er[t] = er[cl];
            mser[t] = mser[cl];
        }
    }

    /** Pushes subtree i to the right of subtrees 0..i-1, following their facing contours. */
    private void separate(int t, int i) {
        int sr = child(t, i - 1);
        double mssr = mod[sr];
        int cl = child(t, i);
        double mscl = mod[cl];
        int cursor = iylSize - 1;
        while (sr >= 0 && cl >= 0) {
            while (cursor > 0 && bottom(sr) > iylLowY[cursor]) {
                cursor--;
            }
            double dist = (mssr + prelim[sr] + width) - (mscl + prelim[cl]);
            if (dist > 0) {
                mscl += dist;
                moveSubtree(t, i, iylIndex[cursor], dist);
            }
            double sy = bottom(sr);
            double cy = bottom(cl);
            if (sy <= cy) {
                sr = nextRightContour(sr);
                if (sr >= 0) {
                    mssr += mod[sr];
                }
            }
            if (sy >= cy) {
                cl = nextLeftContour(cl);
                if (cl >= 0) {
                    mscl += mod[cl];
                }
            }
        }
        if (sr < 0 && cl >= 0) {
            setLeftThread(t, i, cl, mscl);
        } else if (sr >= 0 && cl < 0) {
            setRightThread(t, i, sr, mssr);
        }
    }

    private void moveSubtree(int t, int i, int si, double dist) {
        int ci = child(t, i);
        mod[ci] += dist;
        msel[ci] += dist;
        mser[ci] += dist;
        if (si != i - 1) {
            double parts = i - si;
            shift[child(t, si + 1)] += dist / parts;
            shift[ci] -= dist / parts;
            change[ci] -= dist - dist / parts;
        }
    }

    private int nextLeftContour(int v) {
        return childCount(v) == 0 ? tl[v] : child(v, 0);
    }

    private int nextRightContour(int v) {
        return childCount(v) == 0 ? tr[v] : child(v, childCount(v) - 1);
    }

    private void setLeftThread(int t, int i, int cl, double modsumcl) {
        int c0 = child(t, 0);
        int li = el[c0];
        tl[li] = cl;
        double diff = (modsumcl - mod[cl]) - msel[c0];
        mod[li] += diff;
        prelim[li] -= diff;
        int ci = child(t, i);
        el[c0] = el[ci];
        msel[c0] = msel[ci];
    }

    private void setRightThread(int t, int i, int sr, double modsumsr) {
        int ci = child(t, i);
        int ri = er[ci];
        tr[ri] = sr;
        double diff = (modsumsr - mod[sr]) - mser[ci];
        mod[ri] += diff;
        prelim[ri] -= diff;
        int left = child(t, i - 1);
        er[ci] = er[left];
        mser[ci] = mser[left];
    }

    /** Centres a node over its children, or puts it {@code indent} left of its stacked column. */
    private void positionRoot(int t) {
        int c0 = child(t, 0);
        if (tree.indented[t]) {
            prelim[t] = prelim[c0] + mod[c0] - indent;
            return;
        }
        int cl = child(t, childCount(t) - 1);
        prelim[t] = (prelim[c0] + mod[c0] + mod[cl] + prelim[cl] + width) / 2 - width / 2;
    }

    /** Spreads the extra space of {@link #moveSubtree} over the siblings in between. */
    private void addChildSpacing(int v) {
        double d = 0;
        double modsumDelta = 0;
        for (int k = tree.first[v]; k < tree.first[v + 1]; k++) {
            int c = tree.kids[k];
            d += shift[c];
            modsumDelta += d + change[c];
            mod[c] += modsumDelta;
        }
    }

    private void pushIyl(double lowY, int index) {
        while (iylSize > 0 && lowY >= iylLowY[iylSize - 1]) {
            iylSize--;
        }
        iylLowY[iylSize] = lowY;
        iylIndex[iylSize] = index;
        iylSize++;
    }
}
