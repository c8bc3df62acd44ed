package org.modesign.render;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A uniform grid over axis-aligned boxes, for culling and hit-testing. Item {@code i}'s box is
 * {@code boxes[4i .. 4i+3] = minX, minY, maxX, maxY}; a box of NaNs is no item. Immutable.
 *
 * <p>Built by a counting sort in O(items + cells) into flat arrays (no object per cell). The cell
 * size starts at {@link #CELL} and doubles until there are at most about four cells per item, so
 * a sparse chart cannot make the grid huge. An item whose box covers more than
 * {@link #MAX_CELLS_PER_ITEM} cells is kept in a short list checked on every query instead.
 *
 * <p>{@link #withMoved} is cheap: moved items are marked stale in the cells and go to that list,
 * until it grows past {@link #maxLoose} and the grid is rebuilt.
 */
final class SpatialGrid {

    /** The preferred cell size in world units. */
    static final double CELL = 512;
    /** Items covering more cells than this are not put into cells. */
    static final int MAX_CELLS_PER_ITEM = 64;

    private final double[] boxes;
    private final int count;
    private final double originX;
    private final double originY;
    private final double cell;
    private final int cols;
    private final int rows;
    /** Items of cell {@code c} are {@code items[start[c] .. start[c+1])}. */
    private final int[] start;
    private final int[] items;
    /** Items checked on every query: too large for cells, or moved since the cells were built. */
    private final int[] loose;
    /** Bit {@code i} set when item {@code i}'s entries in the cells are out of date. */
    private final long[] stale;

    /**
     * The loose items in a grid of their own (its item {@code k} is {@code loose[k]}), so that a
     * query looks only at those near it; null while they are few enough to check one by one.
     */
    private final SpatialGrid looseIndex;
    /** Loose items up to this many are checked one by one on a query; more get {@link #looseIndex}. */
    private static final int LOOSE_SCAN = 32;

    private SpatialGrid(double[] boxes, int count, double originX, double originY, double cell, int cols,
            int rows, int[] start, int[] items, int[] loose, long[] stale) {
        this(boxes, count, originX, originY, cell, cols, rows, start, items, loose, stale, true);
    }

    private SpatialGrid(double[] boxes, int count, double originX, double originY, double cell, int cols,
            int rows, int[] start, int[] items, int[] loose, long[] stale, boolean indexLoose) {
        this.boxes = boxes;
        this.count = count;
        this.originX = originX;
        this.originY = originY;
        this.cell = cell;
        this.cols = cols;
        this.rows = rows;
        this.start = start;
        this.items = items;
        this.loose = loose;
        this.stale = stale;
        this.looseIndex = indexLoose && loose.length > LOOSE_SCAN ? indexOf(boxes, loose) : null;
    }

    /** A grid over the boxes of {@code loose} (item k is {@code loose[k]}) that does not index its own loose items. */
    private static SpatialGrid indexOf(double[] boxes, int[] loose) {
        double[] compact = new double[4 * loose.length];
        for (int k = 0; k < loose.length; k++) {
            System.arraycopy(boxes, 4 * loose[k], compact, 4 * k, 4);
        }
        return build(compact, loose.length, false);
    }

    /** A grid over the first {@code count} boxes of {@code boxes}, which it keeps (do not change them). */
    static SpatialGrid build(double[] boxes, int count) {
        return build(boxes, count, true, NONE_LEFT_OUT);
    }

    /**
     * A grid over the first {@code count} boxes of {@code boxes} but those marked in
     * {@code leftOut} (shorter arrays: the rest are in): their boxes are kept (see {@link #minX})
     * but no query finds them, and they do not stretch the grid, until {@link #withMoved} puts them in.
     */
    static SpatialGrid build(double[] boxes, int count, boolean[] leftOut) {
        return build(boxes, count, true, leftOut);
    }

    private static final boolean[] NONE_LEFT_OUT = new boolean[0];

    private static boolean in(double[] boxes, int i, boolean[] leftOut) {
        return present(boxes, i) && (i >= leftOut.length || !leftOut[i]);
    }

    private static SpatialGrid build(double[] boxes, int count, boolean indexLoose) {
        return build(boxes, count, indexLoose, NONE_LEFT_OUT);
    }

    private static SpatialGrid build(double[] boxes, int count, boolean indexLoose, boolean[] leftOut) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            if (in(boxes, i, leftOut)) {
                minX = Math.min(minX, boxes[4 * i]);
                minY = Math.min(minY, boxes[4 * i + 1]);
                maxX = Math.max(maxX, boxes[4 * i + 2]);
                maxY = Math.max(maxY, boxes[4 * i + 3]);
            }
        }
        if (minX > maxX) {
            return new SpatialGrid(boxes, count, 0, 0, CELL, 0, 0, new int[1], new int[0], new int[0],
                    new long[words(count)], indexLoose);
        }
        double cell = CELL;
        double limit = 4.0 * count + 64;
        while (span(minX, maxX, cell) * span(minY, maxY, cell) > limit) {
            cell *= 2;
        }
        return new Builder(boxes, count, minX, minY, cell, (int) span(minX, maxX, cell), (int) span(minY, maxY, cell))
                .build(indexLoose, leftOut);
    }

    /**
     * The grid with the boxes of {@code moved} replaced by {@code newBoxes} (four numbers per moved
     * item, in the same order). Copies the box array (a fast O(items) copy) and costs
     * O(moved + loose) more (the loose items get a small grid of their own once there are more than
     * a few), but builds no cells, unless the list of loose items grows past {@link #maxLoose}:
     * then the cells are built again, O(items).
     */
    SpatialGrid withMoved(int[] moved, double[] newBoxes) {
        double[] copy = Arrays.copyOf(boxes, boxes.length);
        long[] newStale = Arrays.copyOf(stale, stale.length);
        int[] newLoose = Arrays.copyOf(loose, loose.length + moved.length);
        int looseCount = loose.length;
        for (int k = 0; k < moved.length; k++) {
            int item = moved[k];
            System.arraycopy(newBoxes, 4 * k, copy, 4 * item, 4);
            if (!isLoose(item)) {
                newStale[item >> 6] |= 1L << item;
                newLoose[looseCount++] = item;
            }
        }
        if (looseCount > maxLoose(count)) {
            return build(copy, count);
        }
        return new SpatialGrid(copy, count, originX, originY, cell, cols, rows, start, items,
                Arrays.copyOf(newLoose, looseCount), newStale);
    }

    /** How many loose items a grid of {@code count} items tolerates before {@link #withMoved} rebuilds it. */
    static int maxLoose(int count) {
        return Math.max(256, count / 16);
    }

    /** Reports once each item whose box shares a point with the query box. */
    void query(double x0, double y0, double x1, double y1, IntConsumer out) {
        if (cols > 0 && x1 >= x0 && y1 >= y0) {
            int c0 = column(x0);
            int c1 = column(x1);
            int r0 = row(y0);
            int r1 = row(y1);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int bucket = r * cols + c;
                    for (int k = start[bucket]; k < start[bucket + 1]; k++) {
                        int item = items[k];
                        if (!isStale(item) && hits(item, x0, y0, x1, y1)
                                && column(Math.max(boxes[4 * item], x0)) == c
                                && row(Math.max(boxes[4 * item + 1], y0)) == r) {
                            out.accept(item);
                        }
                    }
                }
            }
        }
        if (looseIndex != null) {
            looseIndex.query(x0, y0, x1, y1, k -> out.accept(loose[k]));
        } else {
            for (int item : loose) {
                if (hits(item, x0, y0, x1, y1)) {
                    out.accept(item);
                }
            }
        }
    }

    double minX(int item) {
        return boxes[4 * item];
    }

    double minY(int item) {
        return boxes[4 * item + 1];
    }

    double maxX(int item) {
        return boxes[4 * item + 2];
    }

    double maxY(int item) {
        return boxes[4 * item + 3];
    }

    int looseCount() {
        return loose.length;
    }

    private boolean hits(int item, double x0, double y0, double x1, double y1) {
        int b = 4 * item;
        return boxes[b] <= x1 && boxes[b + 2] >= x0 && boxes[b + 1] <= y1 && boxes[b + 3] >= y0;
    }

    private boolean isStale(int item) {
        return (stale[item >> 6] & (1L << item)) != 0;
    }

    /** Whether item {@code item} is on the loose list: moved since the cells were built, or too large for them. */
    private boolean isLoose(int item) {
        if (isStale(item)) {
            return true;
        }
        int b = 4 * item;
        if (cols == 0 || !present(boxes, item)) {
            return false;
        }
        long across = column(boxes[b + 2]) - column(boxes[b]) + 1L;
        long down = row(boxes[b + 3]) - row(boxes[b + 1]) + 1L;
        return across * down > MAX_CELLS_PER_ITEM;
    }

    private int column(double x) {
        return cellIndex(x, originX, cell, cols);
    }

    private int row(double y) {
        return cellIndex(y, originY, cell, rows);
    }

    /** The cell holding coordinate {@code v} along one axis, clamped into {@code [0, size)}. */
    private static int cellIndex(double v, double origin, double cell, int size) {
        int index = (int) Math.floor((v - origin) / cell);
        return index < 0 ? 0 : Math.min(index, size - 1);
    }

    /** How many cells of size {@code cell} cover {@code [min, max]} (a double, so that no extent overflows it). */
    private static double span(double min, double max, double cell) {
        return Math.floor((max - min) / cell) + 1;
    }

    private static boolean present(double[] boxes, int i) {
        return !Double.isNaN(boxes[4 * i]);
    }

    private static int words(int count) {
        return (count + 63) >> 6;
    }

    /** The counting sort that fills the cells. */
    private static final class Builder {
        private final double[] boxes;
        private final int count;
        private final double originX;
        private final double originY;
        private final double cell;
        private final int cols;
        private final int rows;

        Builder(double[] boxes, int count, double originX, double originY, double cell, int cols, int rows) {
            this.boxes = boxes;
            this.count = count;
            this.originX = originX;
            this.originY = originY;
            this.cell = cell;
            this.cols = cols;
            this.rows = rows;
        }

        SpatialGrid build(boolean indexLoose, boolean[] leftOut) {
            int cells = cols * rows;
            int[] start = new int[cells + 1];
            int[] range = new int[4 * count];
            int[] loose = new int[count];
            int looseCount = 0;
            for (int i = 0; i < count; i++) {
                if (!in(boxes, i, leftOut) || !placeInCells(i, range)) {
                    range[4 * i] = -1;
                    if (in(boxes, i, leftOut)) {
                        loose[looseCount++] = i;
                    }
                    continue;
                }
                for (int r = range[4 * i + 1]; r <= range[4 * i + 3]; r++) {
                    for (int c = range[4 * i]; c <= range[4 * i + 2]; c++) {
                        start[r * cols + c + 1]++;
                    }
                }
            }
            for (int k = 0; k < cells; k++) {
                start[k + 1] += start[k];
            }
            return new SpatialGrid(boxes, count, originX, originY, cell, cols, rows, start, fill(start, range),
                    Arrays.copyOf(loose, looseCount), new long[words(count)], indexLoose);
        }

        /**
         * Writes item {@code i}'s first and last column and row into {@code range}; false when it
         * covers too many cells to be put into them.
         */
        private boolean placeInCells(int i, int[] range) {
            int b = 4 * i;
            range[b] = cellIndex(boxes[b], originX, cell, cols);
            range[b + 1] = cellIndex(boxes[b + 1], originY, cell, rows);
            range[b + 2] = cellIndex(boxes[b + 2], originX, cell, cols);
            range[b + 3] = cellIndex(boxes[b + 3], originY, cell, rows);
            return (long) (range[b + 2] - range[b] + 1) * (range[b + 3] - range[b + 1] + 1) <= MAX_CELLS_PER_ITEM;
        }

        /** The items of every cell, after {@code start} holds where each cell's items begin; -1 ranges are skipped. */
        private int[] fill(int[] start, int[] range) {
            int cells = cols * rows;
            int[] items = new int[start[cells]];
            int[] next = Arrays.copyOf(start, cells);
            for (int i = 0; i < count; i++) {
                int b = 4 * i;
                if (range[b] < 0) {
                    continue;
                }
                for (int r = range[b + 1]; r <= range[b + 3]; r++) {
                    for (int c = range[b]; c <= range[b + 2]; c++) {
                        items[next[r * cols + c]++] = i;
                    }
                }
            }
            return items;
        }
    }
}
