package org.modesign.render;

/**
 * Paints a {@link ChartScene} through a {@link Viewport} onto any {@link Surface}: the editor's
 * canvas and every export share this one drawing code. Only what meets the viewport is painted:
 * lines first, then cards, then badges and the selection. The level of detail follows the scale
 * (see {@link LevelOfDetail}), so a fitted 10,000-role chart costs one rectangle per card or less.
 *
 * <p>Not thread-safe: it caches the words of cards as set (wrapped and shortened). Use one painter per canvas (and one per export
 * job), and pass the same {@link Surface} object from paint to paint so the cache stays valid.
 */
public final class ChartPainter {

    /** Spacing of the background grid in world units, at the scales where it is drawn at all. */
    static final double GRID_STEP = 20;
    /** The grid is drawn only where its lines are at least this many screen pixels apart. */
    static final double GRID_MIN_PIXELS = 12;

    private final ChartTheme theme;
    private final LinePainter lines;
    private final CardPainter cards;
    private final BlockPainter blocks;
    private final MarkPainter marks;
    private final RollUpPainter rollUps;

    public ChartPainter(ChartTheme theme, ChartLabels labels) {
        this.theme = theme;
        this.lines = new LinePainter(theme);
        this.cards = new CardPainter(theme, labels);
        this.blocks = new BlockPainter(theme);
        this.marks = new MarkPainter(theme);
        this.rollUps = new RollUpPainter(theme, labels);
    }

    /** A painter with {@link ChartTheme#LIGHT} and {@link ChartLabels#ENGLISH}. */
    public ChartPainter() {
        this(ChartTheme.LIGHT, ChartLabels.ENGLISH);
    }

    /**
     * Clears the surface's {@code viewport.width() x viewport.height()} pixels to the background and
     * paints the part of {@code scene} the viewport shows. Leaves the surface's state as it found it.
     */
    public void paint(Surface surface, ChartScene scene, Viewport viewport, PaintOptions options) {
        LevelOfDetail detail = options.detailFor(viewport.scale());
        Rect visible = viewport.visibleWorldRect();
        double unit = 1 / viewport.scale();
        surface.save();
        surface.setFill(theme.background());
        surface.fillRect(0, 0, viewport.width(), viewport.height());
        surface.scale(viewport.scale());
        surface.translate(-viewport.x(), -viewport.y());
        if (options.grid()) {
            paintGrid(surface, visible, unit);
        }
        if (detail != LevelOfDetail.DOTS) {
            lines.paint(surface, scene, visible, detail, options, unit);
        }
        int[] shown = scene.nodesIn(visible);
        switch (detail) {
            case FULL, COMPACT -> {
                CardTypesetter.Mode mode = textMode(detail, options);
                TeamFigures teams = options.teams() != null ? options.teams() : scene.teamFigures();
                for (int index : shown) {
                    cards.paint(surface, scene, index, mode, !options.active().test(index), teams);
                }
            }
            case BLOCKS -> blocks.paintBlocks(surface, scene, shown, options);
            case DOTS -> blocks.paintDots(surface, scene, shown, options, viewport);
        }
        rollUps.paint(surface, scene, visible, detail, shown, unit);
        marks.paintBadges(surface, scene, visible, options, detail.drawsText(), unit);
        marks.paintChanges(surface, scene, visible, options, detail.drawsText(), unit);
        marks.paintSelection(surface, scene, visible, options, unit);
        surface.restore();
    }

    /**
     * The words of card {@code index} as this painter sets them at {@code detail} (full or
     * compact) with {@code options}, as {@code surface} measures them: for tests that read what a
     * card shows without drawing it.
     */
    CardLines cardLines(Surface surface, ChartScene scene, int index, LevelOfDetail detail, PaintOptions options) {
        return cards.lines(surface, scene, index, textMode(detail, options));
    }

    private static CardTypesetter.Mode textMode(LevelOfDetail detail, PaintOptions options) {
        if (detail == LevelOfDetail.COMPACT) {
            return CardTypesetter.Mode.COMPACT;
        }
        return options.wholeTitles() ? CardTypesetter.Mode.WHOLE : CardTypesetter.Mode.FULL;
    }

    private void paintGrid(Surface surface, Rect visible, double unit) {
        double step = GRID_STEP;
        while (step < GRID_MIN_PIXELS * unit) {
            step *= 5;
        }
        surface.setStroke(theme.grid());
        surface.setLineWidth(unit);
        surface.setDash(Dash.SOLID);
        for (double x = Math.floor(visible.x() / step) * step; x <= visible.maxX(); x += step) {
            surface.strokeLine(x, visible.y(), x, visible.maxY());
        }
        for (double y = Math.floor(visible.y() / step) * step; y <= visible.maxY(); y += step) {
            surface.strokeLine(visible.x(), y, visible.maxX(), y);
        }
    }
}
