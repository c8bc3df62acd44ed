package org.modesign.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.modesign.render.Rect;

/**
 * How a chart goes onto the pages of a PDF. When the whole chart fits one page's chart area at a
 * readable scale, it goes on one page, centred. Otherwise it is cut into a grid of tiles, each
 * filling one page's area at a readable scale, and a first page shows the whole grid as an
 * overview; tiles with nothing on them are left out.
 *
 * <p><b>Readable</b> means cards at least 45% of their size on screen: on a 96-dpi screen at 100%
 * zoom a chart unit is a pixel, 0.75 pt, so at least {@link #MIN_READABLE_SCALE} = 0.3375 points
 * per chart unit. A role card then prints at least 61 × 22 pt (21 × 8 mm) with its title in 4.4
 * pt bold type, the smallest that still reads on paper. A tiled chart is printed at the largest
 * scale at which the same grid still holds it, so that its pages are filled (and most often larger
 * than that least scale).
 */
final class PagePlan {

    /** Points per chart unit on a 96-dpi screen at 100% zoom. */
    static final double SCREEN_SCALE = 0.75;
    /** The least scale, in points per chart unit, at which a chart is printed: 45% of the screen's. */
    static final double MIN_READABLE_SCALE = 0.45 * SCREEN_SCALE;
    /** The largest scale a small chart is enlarged to. */
    static final double MAX_SCALE = 1.0;
    /** Room around the cards, in chart units. */
    static final double PAD = 16;

    /** One page's piece of the chart: its place in the grid (from 0), its page number (from 1), its chart rectangle. */
    record Tile(int row, int column, int page, Rect world) {
    }

    private final double scale;
    private final int rows;
    private final int columns;
    private final Rect world;
    private final List<Tile> tiles;

    private PagePlan(double scale, int rows, int columns, Rect world, List<Tile> tiles) {
        this.scale = scale;
        this.rows = rows;
        this.columns = columns;
        this.world = world;
        this.tiles = List.copyOf(tiles);
    }

    /**
     * The plan for a chart whose cards lie in {@code bounds}, on pages whose chart area is
     * {@code areaWidth × areaHeight} points; {@code hasContent} says whether a tile's chart
     * rectangle shows anything.
     */
    static PagePlan of(Rect bounds, double areaWidth, double areaHeight, Predicate<Rect> hasContent) {
        Rect padded = bounds.expanded(PAD);
        double fit = Math.min(areaWidth / padded.width(), areaHeight / padded.height());
        if (fit >= MIN_READABLE_SCALE) {
            double scale = Math.min(fit, MAX_SCALE);
            Rect world = centred(padded, areaWidth / scale, areaHeight / scale);
            return new PagePlan(scale, 1, 1, world, List.of(new Tile(0, 0, 1, world)));
        }
        int columns = (int) Math.ceil(padded.width() * MIN_READABLE_SCALE / areaWidth);
        int rows = (int) Math.ceil(padded.height() * MIN_READABLE_SCALE / areaHeight);
        double scale = Math.min(columns * areaWidth / padded.width(), rows * areaHeight / padded.height());
        double tileWidth = areaWidth / scale;
        double tileHeight = areaHeight / scale;
        Rect world = centred(padded, columns * tileWidth, rows * tileHeight);
        List<Tile> tiles = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Rect piece = new Rect(world.x() + column * tileWidth, world.y() + row * tileHeight, tileWidth,
                        tileHeight);
                if (hasContent.test(piece)) {
                    tiles.add(new Tile(row, column, tiles.size() + 2, piece));
                }
            }
        }
        return new PagePlan(scale, rows, columns, world, tiles);
    }

    private static Rect centred(Rect content, double width, double height) {
        return new Rect(content.centerX() - width / 2, content.centerY() - height / 2, width, height);
    }

    /** Whether the chart is split over several pages after an overview page. */
    boolean tiled() {
        return rows * columns > 1;
    }

    /** The number of pages: the overview (when tiled) and a page per tile. */
    int pages() {
        return tiles.size() + (tiled() ? 1 : 0);
    }

    /** Points per chart unit on the tiles' pages. */
    double scale() {
        return scale;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** The chart rectangle of the whole grid (of the one page when not tiled). */
    Rect world() {
        return world;
    }

    /** The tiles that have something on them, row by row. */
    List<Tile> tiles() {
        return tiles;
    }
}
