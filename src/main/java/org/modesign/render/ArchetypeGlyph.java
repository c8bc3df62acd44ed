package org.modesign.render;

import org.modesign.model.Archetype;

/**
 * A small picture per archetype, drawn with {@link Surface} primitives so that every surface shows
 * the same one without an icon font: a star for Leader, three linked steps for Maestro, a bar
 * chart for Modeler, {@code </>} for Maker, a megaphone for Marketer. The shape tells the
 * archetypes apart even where their colours do not.
 */
public final class ArchetypeGlyph {

    private static final double[][] STAR = star();
    private static final double[][] MEGAPHONE = {
        {-0.45, -0.1, 0.4, 0.4, -0.1, -0.45},
        {-0.15, -0.15, -0.45, 0.45, 0.15, 0.15}};

    private ArchetypeGlyph() {
    }

    /** Paints {@code archetype}'s glyph in {@code colour}, centred on ({@code cx}, {@code cy}), {@code size} across. */
    public static void paint(Surface surface, Archetype archetype, double cx, double cy, double size, Rgb colour) {
        surface.save();
        surface.translate(cx, cy);
        surface.scale(size);
        surface.setFill(colour);
        surface.setStroke(colour);
        surface.setDash(Dash.SOLID);
        switch (archetype) {
            case LEADER -> surface.fillPolygon(STAR[0], STAR[1], STAR[0].length);
            case MAESTRO -> steps(surface);
            case MODELER -> bars(surface);
            case MAKER -> code(surface);
            case MARKETER -> surface.fillPolygon(MEGAPHONE[0], MEGAPHONE[1], MEGAPHONE[0].length);
        }
        surface.restore();
    }

    private static void steps(Surface surface) {
        double[] xs = {0, -0.32, 0.32, 0};
        double[] ys = {-0.3, 0.28, 0.28, -0.3};
        surface.setLineWidth(0.09);
        surface.strokePolyline(xs, ys, xs.length);
        for (int i = 0; i < 3; i++) {
            surface.fillOval(xs[i] - 0.15, ys[i] - 0.15, 0.3, 0.3);
        }
    }

    private static void bars(Surface surface) {
        surface.fillRect(-0.42, 0.05, 0.24, 0.4);
        surface.fillRect(-0.12, -0.2, 0.24, 0.65);
        surface.fillRect(0.18, -0.45, 0.24, 0.9);
    }

    private static void code(Surface surface) {
        surface.setLineWidth(0.1);
        surface.strokePolyline(new double[] {-0.18, -0.45, -0.18}, new double[] {-0.32, 0, 0.32}, 3);
        surface.strokePolyline(new double[] {0.18, 0.45, 0.18}, new double[] {-0.32, 0, 0.32}, 3);
        surface.strokeLine(0.08, -0.42, -0.08, 0.42);
    }

    /** A five-pointed star of radius 0.5, point up: its xs and ys. */
    private static double[][] star() {
        double[][] points = new double[2][10];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 0.5 : 0.21;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            points[0][i] = radius * Math.cos(angle);
            points[1][i] = radius * Math.sin(angle);
        }
        return points;
    }
}
