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
import org.modesign.ui.fx.FxSurface;

/**
 * The chart as square tiles of {@value #TILE} pixels, each its own {@link Canvas}, kept while the
 * scale and the content stay the same. Panning then only moves the tiles and paints those that
 * come into view; frames with time to spare paint one tile each ahead, the rest of the view first,
 * then the ring around it, so that a pan seldom waits.
 *
 * <p>A change of scale or of content (a scene that does not {@link ChartScene#looksLike look like}
 * the last one, or other {@link PaintOptions}) drops every tile and paints the view at once on one
 * canvas the size of the view, under the tiles: a zoom or an edit then costs one screenful painted
 * in one piece, which a software renderer does in about half the time it takes as a dozen tile
 * pieces. The tiles are then painted over it, one a frame; a pan meanwhile moves that canvas with
 * the tiles and paints at once only the tiles that reach beyond it. Once the tiles cover the view,
 * the canvas is hidden.
 *
 * <p>Tile {@code (col, row)} shows the chart's pixels {@code [col * TILE, (col + 1) * TILE)} across
 * and likewise down, at {@code world * scale}; so that tiles sit on whole pixels, viewports are
 * expected to start on a whole pixel at their scale (see {@link ChartView}). A shape across a tile
 * edge is painted on both tiles, each clipping it, so the two halves meet without a seam.
 */
final class ChartTiles {

    /** Side of a tile, in pixels. */
    static final int TILE = 512;

    private ChartPainter painter;
    private final Group node = new Group();
    private final Affine placement = new Affine();
    private final Map<Long, Canvas> tiles = new HashMap<>();
    private final Deque<Canvas> spare = new ArrayDeque<>();
    /** The view painted in one piece after a zoom or an edit, under the tiles; hidden once they cover the view. */
    private final Canvas screen = new Canvas();
    /** Where {@link #screen} lies, in chart pixels {x0, y0, x1, y1}; null while it is hidden. */
    private double[] screenArea;
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
        screen.setVisible(false);
        node.getChildren().add(screen);
    }

    /** Paints with {@code newPainter} from now on (another theme): the next {@link #show} paints all anew. */
    void usePainter(ChartPainter newPainter) {
        this.painter = newPainter;
        this.shownOptions = null;
    }

    /** The tiles, to be placed at the top-left corner of the view (and clipped to it). */
    Group node() {
        return node;
    }

    /**
     * Shows {@code viewport} of {@code scene} with {@code options}: moves the tiles, paints what
     * the view needs now, then one tile's worth of work ahead. Content counts as changed when
     * {@code scene} does not look like the last one shown or {@code options} is not the very
     * object last shown. Returns false while work ahead is left (call again on the next frame).
     */
    boolean show(ChartScene scene, Viewport viewport, PaintOptions options) {
        boolean fresh = !scene.looksLike(shownScene) || options != shownOptions || viewport.scale() != scale;
        shownScene = scene;
        placement.setToTransform(1, 0, -TileRange.left(viewport), 0, 1, -TileRange.top(viewport));
        if (fresh) {
            shownOptions = options;
            scale = viewport.scale();
            dropOutside(TileRange.EMPTY);
            paintScreen(viewport);
            return false;
        }
        TileRange view = TileRange.of(viewport);
        TileRange around = view.grown(1);
        dropOutside(around);
        List<Long> ahead = new ArrayList<>();
        for (long key : view.fromMiddleOf(viewport)) {
            if (!tiles.containsKey(key)) {
                if (screenShows(key, viewport)) {
                    ahead.add(key);
                } else {
                    paint(key);
                }
            }
        }
        if (ahead.isEmpty() && screenArea != null) {
            screen.setVisible(false);
            screenArea = null;
        }
        for (long key : around.fromMiddleOf(viewport)) {
            if (!tiles.containsKey(key) && !view.contains(key)) {
                ahead.add(key);
            }
        }
        if (!ahead.isEmpty()) {
            paint(ahead.get(0));
        }
        return ahead.size() <= 1;
    }

    /** How many times a tile or the view has been painted (for tests). */
    int paints() {
        return paints;
    }

    /** Whether the view painted in one piece still shows under the tiles (for tests). */
    boolean showsScreen() {
        return screenArea != null;
    }

    /** Paints the whole view on {@link #screen}, placed where the view lies. */
    private void paintScreen(Viewport viewport) {
        double left = TileRange.left(viewport);
        double top = TileRange.top(viewport);
        double width = Math.ceil(viewport.width());
        double height = Math.ceil(viewport.height());
        if (screen.getWidth() != width || screen.getHeight() != height) {
            screen.setWidth(width);
            screen.setHeight(height);
        }
        screen.relocate(left, top);
        screen.setVisible(true);
        screenArea = new double[] {left, top, left + width, top + height};
        paintOn(screen, new Viewport(left / scale, top / scale, width, height, scale));
    }

    /** Whether the part of tile {@code key} that {@code viewport} shows lies on {@link #screen}. */
    private boolean screenShows(long key, Viewport viewport) {
        if (screenArea == null) {
            return false;
        }
        double x0 = Math.max((double) TileRange.col(key) * TILE, TileRange.left(viewport));
        double y0 = Math.max((double) TileRange.row(key) * TILE, TileRange.top(viewport));
        double x1 = Math.min((double) (TileRange.col(key) + 1) * TILE, TileRange.left(viewport) + Math.ceil(viewport.width()));
        double y1 = Math.min((double) (TileRange.row(key) + 1) * TILE, TileRange.top(viewport) + Math.ceil(viewport.height()));
        return x0 >= screenArea[0] && y0 >= screenArea[1] && x1 <= screenArea[2] && y1 <= screenArea[3];
    }

    /** Paints tile {@code key} whole; the painter covers it with the background first. */
    private void paint(long key) {
        Canvas tile = tiles.get(key);
        if (tile == null) {
            tile = spare.isEmpty() ? new Canvas(TILE, TILE) : spare.pop();
            tile.relocate((double) TileRange.col(key) * TILE, (double) TileRange.row(key) * TILE);
            tiles.put(key, tile);
            node.getChildren().add(tile);
        }
        paintOn(tile, new Viewport((double) TileRange.col(key) * TILE / scale, (double) TileRange.row(key) * TILE / scale,
                TILE, TILE, scale));
    }

    private void paintOn(Canvas canvas, Viewport area) {
        if (surface == null) {
            surface = new FxSurface(canvas.getGraphicsContext2D());
        } else {
            surface.drawOn(canvas.getGraphicsContext2D());
        }
        painter.paint(surface, shownScene, area, shownOptions);
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
            Canvas canvas = tiles.remove(key);
            node.getChildren().remove(canvas);
            spare.push(canvas);
        }
    }
}
