package org.modesign.render;

import java.util.HashSet;
import java.util.Set;

/** Paints the lines of a {@link ChartScene} that cross the visible area. */
final class LinePainter {

    /**
     * How far beyond the visible area, in line widths, a route is still stroked: past its cut
     * ends' caps and any corner's mitre (at most 5 widths with the default mitre limit).
     */
    private static final double CLIP_MARGIN = 6;

    private final ChartTheme theme;

    LinePainter(ChartTheme theme) {
        this.theme = theme;
    }

    /**
     * Paints the visible lines, ghosting those at an inactive node; arrowheads only when the level
     * of detail draws text. {@code unit} is one screen pixel in world units. Horizontal and
     * vertical pieces are stroked by style, the union of those on one row or column at once (see
     * {@link LineRuns}); other lines one by one in ascending order, then the arrowheads over all.
     */
    void paint(Surface surface, ChartScene scene, Rect visible, LevelOfDetail detail, PaintOptions options,
            double unit) {
        ChartScene.IntCollector found = new ChartScene.IntCollector();
        scene.forEachLineIn(visible.expanded(CardMetrics.ARROW_HALF_WIDTH + CardMetrics.ARROW_LENGTH), found);
        boolean arrows = detail.drawsText();
        int[] lines = found.sorted();
        LineRuns runs = new LineRuns(unit);
        for (int line : lines) {
            LineAppearance look = theme.line(scene.lineKind(line));
            double width = Math.max(look.width(), unit);
            if (!runs.add(scene.route(line), new LineRuns.Style(colour(scene, line, look, options), width,
                    look.dash().scaled(width / look.width())))) {
                stroke(surface, scene.route(line), visible, look, colour(scene, line, look, options), width, false);
            }
        }
        runs.stroke(surface, visible, CLIP_MARGIN);
        if (arrows) {
            Set<Head> drawn = new HashSet<>();
            for (int line : lines) {
                LineAppearance look = theme.line(scene.lineKind(line));
                Rgb colour = colour(scene, line, look, options);
                if (look.arrow() && drawn.add(new Head(scene.route(line), colour))) {
                    arrowHead(surface, scene.route(line), look, colour, Math.max(look.width(), unit));
                }
            }
        }
    }

    /** Lines of one kind and colour ending on the same last segment share their arrowhead. */
    private record Head(double tipX, double tipY, double fromX, double fromY, Rgb colour) {
        Head(LineRoute route, Rgb colour) {
            this(route.endX(), route.endY(), route.x(Math.max(0, route.pointCount() - 2)),
                    route.y(Math.max(0, route.pointCount() - 2)), colour);
        }
    }

    /** The colour of {@code line}: its kind's, faded when it meets an inactive node. */
    private Rgb colour(ChartScene scene, int line, LineAppearance look, PaintOptions options) {
        boolean ghost = !options.active().test(scene.lineFrom(line)) || !options.active().test(scene.lineTo(line));
        return ghost ? look.colour().fade(theme.ghostAlpha()) : look.colour();
    }

    /**
     * Strokes one route {@code width} wide in {@code colour} with {@code look}'s dash (stretched
     * with the width), and its arrowhead when {@code arrow}.
     */
    static void stroke(Surface surface, LineRoute route, LineAppearance look, Rgb colour, double width,
            boolean arrow) {
        stroke(surface, route, null, look, colour, width, arrow);
    }

    /**
     * Strokes the part of one route that shows in {@code visible} (the whole route when null),
     * as {@link #stroke(Surface, LineRoute, LineAppearance, Rgb, double, boolean)} does.
     */
    static void stroke(Surface surface, LineRoute route, Rect visible, LineAppearance look, Rgb colour, double width,
            boolean arrow) {
        Dash dash = look.dash().scaled(width / look.width());
        LineRoute shown = visible == null ? route
                : route.clippedTo(visible.expanded(CLIP_MARGIN * width), dash.on() + dash.off());
        surface.setStroke(colour);
        surface.setLineWidth(width);
        surface.setDash(dash);
        if (shown.pointCount() > 1) {
            shown.stroke(surface);
        }
        if (arrow) {
            arrowHead(surface, route, look, colour, width);
        }
    }

    /** Fills the arrowhead at {@code route}'s superior end, stretched with a line {@code width} wide. */
    private static void arrowHead(Surface surface, LineRoute route, LineAppearance look, Rgb colour, double width) {
        double stretch = Math.max(1, width / look.width());
        double[] head = route.arrowHead(CardMetrics.ARROW_LENGTH * stretch, CardMetrics.ARROW_HALF_WIDTH * stretch);
        if (head.length > 0) {
            surface.setFill(colour);
            surface.fillPolygon(new double[] {head[0], head[2], head[4]}, new double[] {head[1], head[3], head[5]}, 3);
        }
    }
}
