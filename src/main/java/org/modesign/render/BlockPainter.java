package org.modesign.render;

import org.modesign.model.Node;
import org.modesign.model.Role;

/**
 * Paints cards without text when the chart is zoomed far out. {@link LevelOfDetail#BLOCKS}: one
 * filled rectangle per card in its accent colour (an open or planned role in its staffing's colour,
 * so that the vacancies stand out however far the chart is zoomed out). {@link LevelOfDetail#DOTS}: the screen is cut
 * into cells of {@link #DOT_CELL} pixels and only the first card whose centre falls in a cell is
 * drawn, at least a pixel in size, so the number of shapes is bounded by the screen's size.
 *
 * <p>Either way the blocks go to the surface in one {@link Surface#fillRects} call, in the order
 * of the cards: a canvas that pays per call fills them in one go.
 */
final class BlockPainter {

    /** Side of a screen cell at {@link LevelOfDetail#DOTS}, in pixels. */
    static final int DOT_CELL = 4;

    private final ChartTheme theme;

    BlockPainter(ChartTheme theme) {
        this.theme = theme;
    }

    /** Paints the cards {@code visible} (ascending) as blocks. */
    void paintBlocks(Surface surface, ChartScene scene, int[] visible, PaintOptions options) {
        RectBatch batch = new RectBatch();
        for (int index : visible) {
            add(batch, scene, index, options, scene.cardWidth(index), scene.cardHeight(index));
        }
        batch.fill(surface);
    }

    /** Paints at most one of the cards {@code visible} (ascending) per screen cell of {@code viewport}. */
    void paintDots(Surface surface, ChartScene scene, int[] visible, PaintOptions options, Viewport viewport) {
        int cols = (int) Math.ceil(viewport.width() / DOT_CELL) + 1;
        int rows = (int) Math.ceil(viewport.height() / DOT_CELL) + 1;
        long[] taken = new long[(cols * rows + 63) >> 6];
        double pixel = 1 / viewport.scale();
        RectBatch batch = new RectBatch();
        for (int index : visible) {
            int col = (int) Math.floor(viewport.toScreenX(scene.cardX(index) + scene.cardWidth(index) / 2) / DOT_CELL);
            int row = (int) Math.floor(viewport.toScreenY(scene.cardY(index) + scene.cardHeight(index) / 2) / DOT_CELL);
            if (col < 0 || row < 0 || col >= cols || row >= rows) {
                continue;
            }
            int cell = row * cols + col;
            if ((taken[cell >> 6] & (1L << cell)) == 0) {
                taken[cell >> 6] |= 1L << cell;
                add(batch, scene, index, options, Math.max(pixel, scene.cardWidth(index)),
                        Math.max(pixel, scene.cardHeight(index)));
            }
        }
        batch.fill(surface);
    }

    private void add(RectBatch batch, ChartScene scene, int index, PaintOptions options, double width,
            double height) {
        Node node = scene.node(index);
        Rgb colour = node instanceof Role role && role.staffing().vacant() ? PeopleLook.vacant(theme, role.staffing())
                : CardStyle.accentOf(theme, node);
        batch.add(scene.cardX(index), scene.cardY(index), width, height,
                options.active().test(index) ? colour : colour.fade(theme.ghostAlpha()));
    }
}
