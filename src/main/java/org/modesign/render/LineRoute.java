package org.modesign.render;

import java.util.Arrays;

/**
 * The path of one line on the chart, from the subordinate's card to the superior's: two points
 * (straight) or four (an orthogonal elbow). Immutable.
 */
public final class LineRoute {

    /** Segments a route has at most. */
    public static final int MAX_SEGMENTS = 3;

    /** The route of a line whose ends are not on the chart: no points, never drawn or hit. */
    static final LineRoute NONE = new LineRoute(new double[0], new double[0]);

    private final double[] xs;
    private final double[] ys;

    private LineRoute(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /**
     * The route from {@code subordinate}'s card to {@code superior}'s. When the subordinate lies
     * wholly below, it runs from the subordinate's top-centre up to a horizontal run
     * {@link CardMetrics#ELBOW_DROP} (or half the gap) below the superior, then up to the
     * superior's bottom-centre; straight up when the two centres line up. Otherwise (side by side,
     * overlapping or above) it is the straight piece of the line between the two centres that
     * lies outside both cards.
     */
    public static LineRoute between(Rect subordinate, Rect superior) {
        double sx = subordinate.centerX();
        double sy = subordinate.y();
        double tx = superior.centerX();
        double ty = superior.maxY();
        if (sy > ty) {
            if (Math.abs(sx - tx) < 0.5) {
                return new LineRoute(new double[] {sx, sx}, new double[] {sy, ty});
            }
            double runY = ty + Math.min(CardMetrics.ELBOW_DROP, (sy - ty) / 2);
            return new LineRoute(new double[] {sx, sx, tx, tx}, new double[] {sy, runY, runY, ty});
        }
        double[] start = exit(subordinate, superior.centerX(), superior.centerY());
        double[] end = exit(superior, subordinate.centerX(), subordinate.centerY());
        return new LineRoute(new double[] {start[0], end[0]}, new double[] {start[1], end[1]});
    }

    public int pointCount() {
        return xs.length;
    }

    public int segmentCount() {
        return Math.max(0, xs.length - 1);
    }

    public double x(int point) {
        return xs[point];
    }

    public double y(int point) {
        return ys[point];
    }

    /** The end on the superior's card, where the arrowhead points. */
    public double endX() {
        return xs[xs.length - 1];
    }

    public double endY() {
        return ys[ys.length - 1];
    }

    /**
     * The arrowhead at the superior's end, pointing along the last segment: {@code tipX, tipY,
     * leftX, leftY, rightX, rightY}; empty when the route has no length to point along.
     */
    public double[] arrowHead(double length, double halfWidth) {
        int n = xs.length;
        if (n < 2) {
            return new double[0];
        }
        double dx = xs[n - 1] - xs[n - 2];
        double dy = ys[n - 1] - ys[n - 2];
        double norm = Math.hypot(dx, dy);
        if (norm == 0) {
            return new double[0];
        }
        double ux = dx / norm;
        double uy = dy / norm;
        double baseX = xs[n - 1] - ux * length;
        double baseY = ys[n - 1] - uy * length;
        return new double[] {xs[n - 1], ys[n - 1], baseX - uy * halfWidth, baseY + ux * halfWidth,
            baseX + uy * halfWidth, baseY - ux * halfWidth};
    }

    /** The shortest distance from the point to the route. */
    public double distanceTo(double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        for (int s = 0; s < segmentCount(); s++) {
            best = Math.min(best, segmentDistance(s, px, py));
        }
        return best;
    }

    /** Draws the route as one open path on the surface with its current stroke. */
    void stroke(Surface surface) {
        surface.strokePolyline(xs, ys, xs.length);
    }

    /**
     * Writes the boxes of the route's {@link #MAX_SEGMENTS} segment slots ({@code minX, minY, maxX,
     * maxY} each) into {@code out} from {@code offset}; NaNs for slots the route does not use.
     */
    void writeSegmentBoxes(double[] out, int offset) {
        for (int s = 0; s < MAX_SEGMENTS; s++) {
            int b = offset + 4 * s;
            if (s < segmentCount()) {
                out[b] = Math.min(xs[s], xs[s + 1]);
                out[b + 1] = Math.min(ys[s], ys[s + 1]);
                out[b + 2] = Math.max(xs[s], xs[s + 1]);
                out[b + 3] = Math.max(ys[s], ys[s + 1]);
            } else {
                Arrays.fill(out, b, b + 4, Double.NaN);
            }
        }
    }

    private double segmentDistance(int segment, double px, double py) {
        double ax = xs[segment];
        double ay = ys[segment];
        double dx = xs[segment + 1] - ax;
        double dy = ys[segment + 1] - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LineRoute route && Arrays.equals(xs, route.xs) && Arrays.equals(ys, route.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LineRoute[");
        for (int i = 0; i < xs.length; i++) {
            sb.append(i == 0 ? "" : " -> ").append('(').append(xs[i]).append(", ").append(ys[i]).append(')');
        }
        return sb.append(']').toString();
    }

    /** Where the ray from the card's centre toward ({@code px}, {@code py}) leaves the card. */
    private static double[] exit(Rect card, double px, double py) {
        double cx = card.centerX();
        double cy = card.centerY();
        double dx = px - cx;
        double dy = py - cy;
        double t = 1;
        if (dx != 0) {
            t = Math.min(t, card.width() / 2 / Math.abs(dx));
        }
        if (dy != 0) {
            t = Math.min(t, card.height() / 2 / Math.abs(dy));
        }
        return new double[] {cx + t * dx, cy + t * dy};
    }
}
