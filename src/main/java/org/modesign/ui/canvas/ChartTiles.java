package org.modesign.ui.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Affine;
import org.modesign.render.ChartPainter;
import org.modesign.render.ChartScene;
import org.modesign.render.PaintOptions;
import org.modesign.render.Viewport;

/**
 * The chart as square tiles of {@value #TILE} pixels, each its own {@link Canvas}, kept while the
 * scale and the content stay the same. Panning then only moves the tiles and paints those that
 * come into view. A change of scale or of content (a scene that does not
 * {@link ChartScene#looksLike look like} the last one, or other {@link PaintOptions}) drops every
 * tile; the tiles in view are then painted at once, but only as far as the view reaches into them,
 * so that such a frame costs one screenful. Frames with time to spare (one tile each) finish those
 * tiles and paint the ring around the view, so that a pan seldom waits.
 *
 * <p>Tile {@code (col, row)} shows the chart's pixels {@code [col * TILE, (col + 1) * TILE)} across
 * and likewise down, at {@code world * scale}; so that tiles sit on whole pixels, viewports are
 * expected to start on a whole pixel at their scale (see {@link ChartView}). A shape across a tile
 * edge is painted on both tiles, each clipping it, so the two halves meet without a seam.
 */
final class ChartTiles {

    /** Side of a tile, in pixels. */
    static final int TILE = 512;

    private final ChartPainter painter;
    private final Group node = new Group();
    private final Affine placement = new Affine();
    private final Map<Long, Tile> tiles = new HashMap<>();
    private final Deque<Canvas> spare = new ArrayDeque<>();
    private FxSurface surface;
    private double scale = Double.NaN;
    private ChartScene shownScene;
    private PaintOptions shownOptions;
    private int paints;

    ChartTiles(ChartPainter painter) {
        this.painter = painter;
        node.setManaged(false);
        node.setMouseTransparent(true);
        node.getTransforms().add(placement);
    }

    /** The tiles, to be placed at the top-left corner of the view (and clipped to it). */
    Group node() {
        return node;
    }

    /**
     * Shows {@code viewport} of {@code scene} with {@code options}: moves the tiles, paints what
     * of them is in view and missing, then one tile's worth of work ahead. Content counts as
     * changed when {@code scene} does not look like the last one shown or {@code options} is not
     * the very object last shown. Returns
     * false while work ahead is left (call again on the next frame).
     */
    boolean show(ChartScene scene, Viewport viewport, PaintOptions options) {
        boolean fresh = !scene.looksLike(shownScene) || options != shownOptions || viewport.scale() != scale;
        shownScene = scene;
        if (fresh) {
            shownOptions = options;
            scale = viewport.scale();
            dropOutside(TileRange.EMPTY);
        }
        TileRange view = TileRange.of(viewport);
        TileRange around = view.grown(1);
        dropOutside(around);
        for (long key : view.fromMiddleOf(viewport)) {
            int[] needed = inView(key, viewport);
            Tile tile = tiles.get(key);
            if (tile == null || !tile.covers(needed)) {
                paint(key, fresh ? needed : Tile.WHOLE);
            }
        }
        if (fresh) {
            placement.setToTransform(1, 0, -TileRange.left(viewport), 0, 1, -TileRange.top(viewport));
            return false;
        }
        List<Long> ahead = new ArrayList<>();
        for (long key : view.fromMiddleOf(viewport)) {
            if (!tiles.get(key).covers(Tile.WHOLE)) {
                ahead.add(key);
            }
        }
        for (long key : around.fromMiddleOf(viewport)) {
            if (!tiles.containsKey(key)) {
                ahead.add(key);
            }
        }
        if (!ahead.isEmpty()) {
            paint(ahead.get(0), Tile.WHOLE);
        }
        placement.setToTransform(1, 0, -TileRange.left(viewport), 0, 1, -TileRange.top(viewport));
        return ahead.size() <= 1;
    }

    /** How many times a tile has been painted, whole or in part (for tests). */
    int paints() {
        return paints;
    }

    /** The part of tile {@code key} the viewport shows, in the tile's pixels: {x0, y0, x1, y1}. */
    private static int[] inView(long key, Viewport viewport) {
        double x = TileRange.left(viewport) - (double) TileRange.col(key) * TILE;
        double y = TileRange.top(viewport) - (double) TileRange.row(key) * TILE;
        return new int[] {(int) Math.max(0, x), (int) Math.max(0, y),
            (int) Math.min(TILE, x + Math.ceil(viewport.width())), (int) Math.min(TILE, y + Math.ceil(viewport.height()))};
    }

    /**
     * Paints {@code area} of tile {@code key} afresh (a tile keeps one painted area). The painter
     * covers the area with the background first; the rest of the canvas, stale or blank, is out
     * of view until the tile is painted whole.
     */
    private void paint(long key, int[] area) {
        Tile tile = tiles.get(key);
        if (tile == null) {
            tile = new Tile(spare.isEmpty() ? new Canvas(TILE, TILE) : spare.pop());
            tile.canvas.relocate((double) TileRange.col(key) * TILE, (double) TileRange.row(key) * TILE);
            tiles.put(key, tile);
            node.getChildren().add(tile.canvas);
        }
        if (surface == null) {
            surface = new FxSurface(tile.canvas.getGraphicsContext2D());
        } else {
            surface.drawOn(tile.canvas.getGraphicsContext2D());
        }
        surface.save();
        surface.translate(area[0], area[1]);
        painter.paint(surface, shownScene, new Viewport(((double) TileRange.col(key) * TILE + area[0]) / scale,
                ((double) TileRange.row(key) * TILE + area[1]) / scale, area[2] - area[0], area[3] - area[1], scale),
                shownOptions);
        surface.restore();
        tile.painted = area;
        paints++;
    }

    /** Hands the tiles outside {@code keep} back to the pool of spare canvases. */
    private void dropOutside(TileRange keep) {
        List<Long> gone = new ArrayList<>();
        for (Long key : tiles.keySet()) {
            if (!keep.contains(key)) {
                gone.add(key);
            }
        }
        for (Long key : gone) {
            Canvas canvas = tiles.remove(key).canvas;
            node.getChildren().remove(canvas);
            spare.push(canvas);
        }
    }

    /** One tile's canvas and the part of it that is painted, in its pixels: {x0, y0, x1, y1}. */
    private static final class Tile {
        static final int[] WHOLE = {0, 0, TILE, TILE};

        final Canvas canvas;
        int[] painted = {0, 0, 0, 0};

        Tile(Canvas canvas) {
            this.canvas = canvas;
        }

        boolean covers(int[] area) {
            return painted[0] <= area[0] && painted[1] <= area[1] && painted[2] >= area[2] && painted[3] >= area[3];
        }
    }
}
