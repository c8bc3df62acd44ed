package org.modesign.render;

/** Paints the lines of a {@link ChartScene} that cross the visible area. */
final class LinePainter {

    private final ChartTheme theme;

    LinePainter(ChartTheme theme) {
        this.theme = theme;
    }

    /**
     * Paints the visible lines in ascending order, ghosting those at an inactive node; arrowheads
     * only when the level of detail draws text. {@code unit} is one screen pixel in world units.
     */
    void paint(Surface surface, ChartScene scene, Rect visible, LevelOfDetail detail, PaintOptions options,
            double unit) {
        ChartScene.IntCollector found = new ChartScene.IntCollector();
        scene.forEachLineIn(visible.expanded(CardMetrics.ARROW_HALF_WIDTH + CardMetrics.ARROW_LENGTH), found);
        boolean arrows = detail.drawsText();
        for (int line : found.sorted()) {
            LineAppearance look = theme.line(scene.lineKind(line));
            boolean ghost = !options.active().test(scene.lineFrom(line)) || !options.active().test(scene.lineTo(line));
            Rgb colour = ghost ? look.colour().fade(theme.ghostAlpha()) : look.colour();
            stroke(surface, scene.route(line), look, colour, Math.max(look.width(), unit), arrows && look.arrow());
        }
    }

    /**
     * Strokes one route {@code width} wide in {@code colour} with {@code look}'s dash (stretched
     * with the width), and its arrowhead when {@code arrow}.
     */
    static void stroke(Surface surface, LineRoute route, LineAppearance look, Rgb colour, double width,
            boolean arrow) {
        surface.setStroke(colour);
        surface.setLineWidth(width);
        surface.setDash(look.dash().scaled(width / look.width()));
        route.stroke(surface);
        if (arrow) {
            double stretch = Math.max(1, width / look.width());
            double[] head = route.arrowHead(CardMetrics.ARROW_LENGTH * stretch, CardMetrics.ARROW_HALF_WIDTH * stretch);
            if (head.length > 0) {
                surface.setFill(colour);
                surface.fillPolygon(new double[] {head[0], head[2], head[4]}, new double[] {head[1], head[3], head[5]}, 3);
            }
        }
    }
}
