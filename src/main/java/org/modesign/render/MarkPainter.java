package org.modesign.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Paints what lies over the cards: finding badges on the top-right corner of their cards, the
 * selected line, and the selection outlines. Costs O(cards in view), however many badges and
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

    MarkPainter(ChartTheme theme) {
        this.theme = theme;
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
        if (!counts) {
            paintMarkers(surface, scene, visible, options, radius, unit);
            return;
        }
        for (int index : scene.nodesIn(visible.expanded(radius))) {
            Badge badge = options.badges().get(scene.node(index).id());
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
    private void paintMarkers(Surface surface, ChartScene scene, Rect visible, PaintOptions options, double radius,
            double unit) {
        double cell = MARKER_CELL_PIXELS * unit;
        Map<Long, Integer> chosen = new HashMap<>();
        for (int index : scene.nodesIn(visible.expanded(radius + cell))) {
            Badge badge = options.badges().get(scene.node(index).id());
            if (badge == null) {
                continue;
            }
            long col = (long) Math.floor((scene.cardX(index) + scene.cardWidth(index)) / cell);
            long row = (long) Math.floor(scene.cardY(index) / cell);
            // BadgeSeverity lists the most severe first.
            chosen.merge(col << 32 | (row & 0xFFFFFFFFL), index, (kept, next) -> severityOf(scene, options, next)
                    .compareTo(severityOf(scene, options, kept)) < 0 ? next : kept);
        }
        int[] drawn = chosen.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int index : drawn) {
            BadgeSeverity severity = severityOf(scene, options, index);
            surface.setFill(theme.badge(severity));
            shape(surface, severity, scene.cardX(index) + scene.cardWidth(index), scene.cardY(index), radius);
        }
    }

    private static BadgeSeverity severityOf(ChartScene scene, PaintOptions options, int index) {
        return options.badges().get(scene.node(index).id()).severity();
    }

    /** Outlines each visible selected node, and strokes the selected line over everything. */
    void paintSelection(Surface surface, ChartScene scene, Rect visible, PaintOptions options, double unit) {
        int line = options.selectedLine();
        if (line >= 0 && line < scene.lineCount()) {
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
        switch (severity) {
            case ERROR -> surface.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            case WARNING -> surface.fillPolygon(new double[] {cx, cx + 1.15 * r, cx - 1.15 * r},
                    new double[] {cy - 1.15 * r, cy + 0.85 * r, cy + 0.85 * r}, 3);
            case INFO -> surface.fillRoundRect(cx - r, cy - r, 2 * r, 2 * r, r / 3);
        }
    }
}
