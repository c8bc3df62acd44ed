package org.modesign.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.modesign.render.Viewport;

/**
 * The tiles of {@link ChartTiles} from column {@code col0} to {@code col1} and row {@code row0}
 * to {@code row1}, inclusive; a tile is named by a key that packs its column and row.
 */
record TileRange(int col0, int row0, int col1, int row1) {

    static final TileRange EMPTY = new TileRange(0, 0, -1, -1);

    /** The tiles that show some of {@code viewport}. */
    static TileRange of(Viewport viewport) {
        if (viewport.width() <= 0 || viewport.height() <= 0) {
            return EMPTY;
        }
        double left = left(viewport);
        double top = top(viewport);
        return new TileRange((int) Math.floor(left / ChartTiles.TILE), (int) Math.floor(top / ChartTiles.TILE),
                (int) Math.floor((left + Math.ceil(viewport.width()) - 1) / ChartTiles.TILE),
                (int) Math.floor((top + Math.ceil(viewport.height()) - 1) / ChartTiles.TILE));
    }

    /** The chart pixel at the viewport's left edge, at its scale (a whole number). */
    static double left(Viewport viewport) {
        return Math.round(viewport.x() * viewport.scale());
    }

    /** The chart pixel at the viewport's top edge. */
    static double top(Viewport viewport) {
        return Math.round(viewport.y() * viewport.scale());
    }

    TileRange grown(int by) {
        return this == EMPTY ? EMPTY : new TileRange(col0 - by, row0 - by, col1 + by, row1 + by);
    }

    boolean contains(long key) {
        int col = col(key);
        int row = row(key);
        return col >= col0 && col <= col1 && row >= row0 && row <= row1;
    }

    /** This range's tiles, nearest the middle of {@code viewport} first. */
    List<Long> fromMiddleOf(Viewport viewport) {
        List<Long> keys = new ArrayList<>();
        for (int row = row0; row <= row1; row++) {
            for (int col = col0; col <= col1; col++) {
                keys.add(key(col, row));
            }
        }
        double midX = (left(viewport) + viewport.width() / 2) / ChartTiles.TILE - 0.5;
        double midY = (top(viewport) + viewport.height() / 2) / ChartTiles.TILE - 0.5;
        keys.sort(Comparator.comparingDouble(k -> Math.hypot(col(k) - midX, row(k) - midY)));
        return keys;
    }

    static long key(int col, int row) {
        return ((long) col << 32) | (row & 0xFFFFFFFFL);
    }

    static int col(long key) {
        return (int) (key >> 32);
    }

    static int row(long key) {
        return (int) key;
    }
}
