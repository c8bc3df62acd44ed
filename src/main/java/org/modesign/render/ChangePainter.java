package org.modesign.render;

/**
 * Paints the marks of {@link ChangeMarks} over the cards: an outline in the mark's colour around
 * each added or changed card with a tag on its top-left corner that carries the mark's
 * glyph, and each removed card as a dashed, lightly filled ghost with its title and tag. Costs
 * O(cards in view + ghosts).
 */
final class ChangePainter {

    /** Width of a change outline, in screen pixels (at least a chart pixel). */
    static final double OUTLINE_PIXELS = 3;
    /** Gap between a card and its change outline, outside the selection outline, in chart pixels. */
    static final double GAP = 2 * CardMetrics.SELECTION_GAP;
    /** Radius of a tag, in chart pixels; it keeps {@link #MIN_TAG_PIXELS} on screen zoomed out. */
    static final double TAG_RADIUS = 10;
    static final double MIN_TAG_PIXELS = 8;
    private static final double GHOST_FILL_ALPHA = 0.12;
    private static final int MAX_GHOST_TITLE = 26;

    /** The marks of the last scene and marks painted, by node number. */
    private ChartScene markedScene;
    private ChangeMarks markedFrom;
    private ChangeMark[] markOfNode;

    private ChangeMark[] byNode(ChartScene scene, ChangeMarks marks) {
        if (scene != markedScene || marks != markedFrom) {
            ChangeMark[] found = new ChangeMark[scene.nodeCount()];
            marks.nodes().forEach((id, mark) -> {
                int index = scene.indexOf(id);
                if (index >= 0) {
                    found[index] = mark;
                }
            });
            markedScene = scene;
            markedFrom = marks;
            markOfNode = found;
        }
        return markOfNode;
    }

    void paint(Surface surface, ChartScene scene, Rect visible, ChangeMarks marks, boolean text, double unit) {
        if (marks.isEmpty()) {
            return;
        }
        double gap = GAP * Math.max(1, unit);
        double radius = Math.max(TAG_RADIUS, MIN_TAG_PIXELS * unit);
        Rect near = visible.expanded(gap + radius);
        surface.setLineWidth(Math.max(OUTLINE_PIXELS * unit, 1));
        for (ChangeMarks.Ghost ghost : marks.ghosts()) {
            if (ghost.card().intersects(near)) {
                paintGhost(surface, ghost, gap, radius, text, unit);
            }
        }
        surface.setDash(Dash.SOLID);
        if (marks.nodes().isEmpty()) {
            return;
        }
        ChangeMark[] byNode = byNode(scene, marks);
        for (int index : scene.nodesIn(near)) {
            ChangeMark mark = byNode[index];
            if (mark != null) {
                Rect card = scene.card(index).expanded(gap);
                surface.setStroke(mark.colour());
                surface.strokeRoundRect(card.x(), card.y(), card.width(), card.height(), CardMetrics.CORNER + gap);
                tag(surface, mark, card.x(), card.y(), radius, text);
            }
        }
    }

    private static void paintGhost(Surface surface, ChangeMarks.Ghost ghost, double gap, double radius, boolean text,
            double unit) {
        Rect card = ghost.card();
        Rgb colour = ChangeMark.REMOVED.colour();
        surface.setFill(colour.withAlpha(GHOST_FILL_ALPHA));
        surface.fillRoundRect(card.x(), card.y(), card.width(), card.height(), CardMetrics.CORNER);
        surface.setStroke(colour);
        surface.setDash(new Dash(6 * Math.max(1, unit), 4 * Math.max(1, unit)));
        surface.strokeRoundRect(card.x(), card.y(), card.width(), card.height(), CardMetrics.CORNER);
        surface.setDash(Dash.SOLID);
        if (text) {
            surface.setFill(colour);
            String title = ghost.title().length() > MAX_GHOST_TITLE
                    ? ghost.title().substring(0, MAX_GHOST_TITLE - 1) + "\u2026" : ghost.title();
            FontSpec font = CardMetrics.TITLE_FONT;
            surface.text(title, card.centerX(), card.centerY() + CardMetrics.BASELINE_DROP * font.size(), font,
                    TextAlign.CENTER);
        }
        Rect outer = card.expanded(gap);
        tag(surface, ChangeMark.REMOVED, outer.x(), outer.y(), radius, text);
    }

    /** A tag in the mark's colour and shape (circle, diamond, square) centred on ({@code cx}, {@code cy}), with its glyph when text is drawn. */
    private static void tag(Surface surface, ChangeMark mark, double cx, double cy, double radius, boolean text) {
        surface.setFill(mark.colour());
        switch (mark) { // each its own shape too, so that the mark shows without colour even zoomed out
            case ADDED -> surface.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            case CHANGED -> surface.fillPolygon(new double[] {cx, cx + 1.2 * radius, cx, cx - 1.2 * radius},
                    new double[] {cy - 1.2 * radius, cy, cy + 1.2 * radius, cy}, 4);
            case REMOVED -> surface.fillRoundRect(cx - radius, cy - radius, 2 * radius, 2 * radius, radius / 3);
        }
        if (text) {
            FontSpec font = new FontSpec(1.4 * radius, true);
            surface.setFill(Rgb.of(0xFFFFFF));
            surface.text(mark.glyph(), cx, cy + CardMetrics.BASELINE_DROP * font.size(), font, TextAlign.CENTER);
        }
    }
}
