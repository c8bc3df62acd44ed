package org.modesign.render;

import java.util.Arrays;

/**
 * The path of one line on the chart, from the subordinate's card to the superior's: two points
 * (straight), four (an orthogonal elbow) or up to six (a detour around cards in the way, see
 * {@link LineRouter}). Immutable.
 */
public final class LineRoute {

    /** Segments a route has at most. */
    public static final int MAX_SEGMENTS = 5;

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

    /** The route through these points (copied), at most {@link #MAX_SEGMENTS} segments. */
    static LineRoute through(double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length > MAX_SEGMENTS + 1) {
            throw new IllegalArgumentException("a route has one y per x and at most " + MAX_SEGMENTS + " segments");
        }
        return new LineRoute(xs.clone(), ys.clone());
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
     * The part of this route from where it first enters {@code area} to where it last leaves it,
     * or {@link #NONE} when it misses the area; the route itself when it lies wholly inside. The
     * cut start is moved back along the route to a whole number of {@code period}s from the
     * route's start, so a dash pattern of that period (0 for a solid line) stays where it was on
     * the whole route: dashes do not crawl as the view pans. A chart's long runs, hundreds of
     * thousands of units across, are so stroked for the screenful that shows them only.
     */
    LineRoute clippedTo(Rect area, double period) {
        double enter = Double.NaN;
        double leave = Double.NaN;
        double walked = 0;
        for (int s = 0; s < segmentCount(); s++) {
            double length = segmentLength(s);
            double[] inside = insideOf(s, area);
            if (inside != null) {
                if (Double.isNaN(enter)) {
                    enter = walked + inside[0] * length;
                }
                leave = walked + inside[1] * length;
            }
            walked += length;
        }
        if (Double.isNaN(enter)) {
            return NONE;
        }
        if (period > 0) {
            enter = Math.floor(enter / period) * period;
        }
        return enter <= 0 && leave >= walked ? this : piece(enter, leave);
    }

    /** The piece of this route from path distance {@code from} to {@code to}. */
    private LineRoute piece(double from, double to) {
        double[] outX = new double[xs.length];
        double[] outY = new double[xs.length];
        int n = 0;
        double walked = 0;
        for (int s = 0; s < segmentCount(); s++) {
            double length = segmentLength(s);
            double end = walked + length;
            if (end > from && walked <= to && length > 0) {
                if (n == 0) {
                    outX[0] = xs[s] + (xs[s + 1] - xs[s]) * Math.max(0, from - walked) / length;
                    outY[0] = ys[s] + (ys[s + 1] - ys[s]) * Math.max(0, from - walked) / length;
                    n = 1;
                }
                double t = Math.min(1, (to - walked) / length);
                outX[n] = xs[s] + (xs[s + 1] - xs[s]) * t;
                outY[n] = ys[s] + (ys[s + 1] - ys[s]) * t;
                n++;
            }
            walked = end;
        }
        return new LineRoute(Arrays.copyOf(outX, n), Arrays.copyOf(outY, n));
    }

    private double segmentLength(int segment) {
        return Math.hypot(xs[segment + 1] - xs[segment], ys[segment + 1] - ys[segment]);
    }

    /**
     * The fractions {@code {t0, t1}} of segment {@code segment} between which it lies in
     * {@code area} (Liang-Barsky), or null when it misses the area.
     */
    private double[] insideOf(int segment, Rect area) {
        double x0 = xs[segment];
        double y0 = ys[segment];
        double dx = xs[segment + 1] - x0;
        double dy = ys[segment + 1] - y0;
        double[] t = {0, 1};
        boolean hits = clipEdge(-dx, x0 - area.x(), t) && clipEdge(dx, area.maxX() - x0, t)
                && clipEdge(-dy, y0 - area.y(), t) && clipEdge(dy, area.maxY() - y0, t);
        return hits ? t : null;
    }

    /** Narrows {@code t} to where {@code p * t <= q}; false when nothing is left. */
    private static boolean clipEdge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            t[0] = Math.max(t[0], r);
        } else {
            t[1] = Math.min(t[1], r);
        }
        return t[0] <= t[1];
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
