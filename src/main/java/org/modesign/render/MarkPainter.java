package org.modesign.render;

import java.util.Arrays;
import java.util.Map;

/**
 * Paints what lies over the cards: finding badges on the top-right corner of their cards, what
 * changed from another design ({@link ChangePainter}), the selected line, and the selection outlines. Costs O(cards in view), however many badges and
 * selected cards there are elsewhere.
 */
final class MarkPainter {

    /** Radius of a badge at {@link LevelOfDetail#BLOCKS} and {@link LevelOfDetail#DOTS}, in screen pixels. */
    static final double MARKER_PIXELS = 4;
    /** Radius a badge with its count keeps on screen however far the chart is zoomed out, in pixels. */
    static final double MIN_BADGE_PIXELS = 7;
    /** Side of the cells in which one badge marker without count is drawn, in chart pixels. */
    static final double MARKER_CELL_PIXELS = 4;
    /** Width of a selection outline, in screen pixels. */
    static final double OUTLINE_PIXELS = 2;
    private static final int MAX_COUNT_SHOWN = 99;

    private final ChartTheme theme;
    private final ChangePainter changes = new ChangePainter();
    /** The badges of the last scene and badge map painted, by node number (see {@link #byNode}). */
    private ChartScene badgedScene;
    private Map<String, Badge> badgedFrom;
    private Badge[] badgeOfNode;

    MarkPainter(ChartTheme theme) {
        this.theme = theme;
    }

    /**
     * The badge of each node of {@code scene} by its number (null: none). Worked out once per scene
     * and badge map, not per card and tile: looking a card's id up in the map costs more than
     * painting its marker zoomed out.
     */
    private Badge[] byNode(ChartScene scene, Map<String, Badge> badges) {
        if (scene != badgedScene || badges != badgedFrom) {
            Badge[] found = new Badge[scene.nodeCount()];
            badges.forEach((id, badge) -> {
                int index = scene.indexOf(id);
                if (index >= 0) {
                    found[index] = badge;
                }
            });
            badgedScene = scene;
            badgedFrom = badges;
            badgeOfNode = found;
        }
        return badgeOfNode;
    }

    /** Paints the badge of each visible node that has one; with its count when {@code counts}. */
    void paintBadges(Surface surface, ChartScene scene, Rect visible, PaintOptions options, boolean counts,
            double unit) {
        double radius = counts ? Math.max(CardMetrics.BADGE_RADIUS, MIN_BADGE_PIXELS * unit) : MARKER_PIXELS * unit;
        FontSpec font = new FontSpec(CardMetrics.BADGE_FONT.size() * radius / CardMetrics.BADGE_RADIUS, true);
        surface.setDash(Dash.SOLID);
        if (options.badges().isEmpty()) {
            return;
        }
        Badge[] badges = byNode(scene, options.badges());
        if (!counts) {
            paintMarkers(surface, scene, visible, badges, radius, unit);
            return;
        }
        for (int index : scene.nodesIn(visible.expanded(radius))) {
            Badge badge = badges[index];
            if (badge == null) {
                continue;
            }
            double cx = scene.cardX(index) + scene.cardWidth(index);
            double cy = scene.cardY(index);
            Rgb colour = theme.badge(badge.severity());
            surface.setFill(colour);
            shape(surface, badge.severity(), cx, cy, radius);
            if (counts) {
                surface.setFill(colour.contrasting());
                String count = badge.count() > MAX_COUNT_SHOWN ? MAX_COUNT_SHOWN + "+" : Integer.toString(badge.count());
                double baseline = cy + CardMetrics.BASELINE_DROP * font.size()
                        + (badge.severity() == BadgeSeverity.WARNING ? 0.2 * radius : 0);
                surface.text(count, cx, baseline, font, TextAlign.CENTER);
            }
        }
    }

    /**
     * Paints badges as markers without counts, one per cell of {@value #MARKER_CELL_PIXELS} chart
     * pixels (cells fixed to the chart, so that every tile of a view picks alike): of the cards
     * whose badge centre falls in a cell, the first with the most severe badge. Zoomed out, many
     * badges share a few pixels; this bounds the shapes drawn by the screen's size.
     */
    private void paintMarkers(Surface surface, ChartScene scene, Rect visible, Badge[] badges, double radius,
            double unit) {
        double cell = MARKER_CELL_PIXELS * unit;
        ChartScene.IntCollector near = new ChartScene.IntCollector();
        scene.forEachNodeIn(visible.expanded(radius + cell), index -> {
            if (badges[index] != null) {
                near.accept(index);
            }
        });
        int[] badged = near.unsorted();
        // An open-addressing table from cell to the chosen node: at most one entry per badged card.
        int capacity = Integer.highestOneBit(Math.max(8, badged.length * 2 - 1)) << 1;
        long[] cells = new long[capacity];
        int[] chosen = new int[capacity];
        BadgeSeverity[] worst = new BadgeSeverity[capacity];
        Arrays.fill(chosen, -1);
        int used = 0;
        for (int index : badged) {
            Badge badge = badges[index];
            long col = (long) Math.floor((scene.cardX(index) + scene.cardWidth(index)) / cell);
            long row = (long) Math.floor(scene.cardY(index) / cell);
            long key = col << 32 | (row & 0xFFFFFFFFL);
            int slot = (int) (mix(key) & (capacity - 1));
            while (chosen[slot] >= 0 && cells[slot] != key) {
                slot = (slot + 1) & (capacity - 1);
            }
            if (chosen[slot] < 0) {
                cells[slot] = key;
                chosen[slot] = index;
                worst[slot] = badge.severity();
                used++;
            } else if (badge.severity().compareTo(worst[slot]) < 0) { // BadgeSeverity lists the most severe first
                chosen[slot] = index;
                worst[slot] = badge.severity();
            }
        }
        int[] drawn = new int[used];
        int n = 0;
        for (int index : chosen) {
            if (index >= 0) {
                drawn[n++] = index;
            }
        }
        Arrays.sort(drawn);
        double[] cxs = new double[used];
        double[] cys = new double[used];
        MarkerShape[] shapes = new MarkerShape[used];
        Rgb[] colours = new Rgb[used];
        for (int i = 0; i < used; i++) {
            int index = drawn[i];
            BadgeSeverity severity = badges[index].severity();
            cxs[i] = scene.cardX(index) + scene.cardWidth(index);
            cys[i] = scene.cardY(index);
            shapes[i] = MarkerShape.of(severity);
            colours[i] = theme.badge(severity);
        }
        if (used > 0) {
            surface.fillMarkers(cxs, cys, shapes, colours, radius, used);
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Marks the added and changed cards in view and draws the removed ones as ghosts (see {@link ChangeMarks}). */
    void paintChanges(Surface surface, ChartScene scene, Rect visible, PaintOptions options, boolean text,
            double unit) {
        changes.paint(surface, scene, visible, options.changes(), text, unit);
    }

    /** Outlines each visible selected node, and strokes the selected line over everything. */
    void paintSelection(Surface surface, ChartScene scene, Rect visible, PaintOptions options, double unit) {
        int line = options.selectedLine();
        if (line >= 0 && line < scene.lineCount() && !scene.hidden(scene.lineFrom(line))
                && !scene.hidden(scene.lineTo(line))) {
            LineAppearance look = theme.line(scene.lineKind(line));
            LinePainter.stroke(surface, scene.route(line), visible, look, theme.selection(),
                    Math.max(2 * look.width(), 3 * unit), look.arrow());
        }
        double gap = CardMetrics.SELECTION_GAP * Math.max(1, unit);
        surface.setStroke(theme.selection());
        surface.setLineWidth(OUTLINE_PIXELS * unit);
        surface.setDash(Dash.SOLID);
        if (options.selectedNodes().isEmpty()) {
            return;
        }
        for (int index : scene.nodesIn(visible.expanded(gap))) {
            if (options.selectedNodes().contains(scene.node(index).id())) {
                Rect card = scene.card(index).expanded(gap);
                surface.strokeRoundRect(card.x(), card.y(), card.width(), card.height(), CardMetrics.CORNER + gap);
            }
        }
    }

    /** Error: circle; warning: triangle; info: rounded square; so the severity shows without colour. */
    private static void shape(Surface surface, BadgeSeverity severity, double cx, double cy, double r) {
        MarkerShape.of(severity).fill(surface, cx, cy, r);
    }
}
