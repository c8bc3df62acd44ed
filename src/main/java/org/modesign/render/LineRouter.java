package org.modesign.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes lines around the cards they would run through. A line takes its plain route
 * ({@link LineRoute#between}) when that crosses no card but its own two; otherwise the first of
 * these that crosses none: for a subordinate below its superior, a detour that leaves the
 * subordinate from its side (or upwards, when the gap is above it) into the gap beside the cards in
 * the way, rises there and joins the superior from below — the spine of a stacked column of
 * reports — or one that runs just above the subordinate and rises in the superior's column; for cards side by side, a bracket under or over both. When none is clear, the plain route
 * stays. The same routes serve the screen and every export. Per line a few look-ups in the cards'
 * grid: O(cards met) per line.
 */
final class LineRouter {

    /** How far from a card a detour keeps: half the gap between cards of a row. */
    static final double CLEARANCE = 12;
    /** Columns beside the cards in the way that a detour tries, nearest first. */
    private static final int MAX_COLUMNS = 8;
    /** Cards may touch a route by this much (rounding, a route along a card's edge). */
    private static final double TOUCH = 0.5;

    private final SpatialGrid cards;
    /** Per card number, whether it is left off the chart (folded away): no route goes around it. */
    private final boolean[] absent;

    LineRouter(SpatialGrid cards) {
        this(cards, ChartScene.NO_CARDS);
    }

    /** A router that does not go around the cards of {@code absent} (shorter arrays: the rest present). */
    LineRouter(SpatialGrid cards, boolean[] absent) {
        this.cards = cards;
        this.absent = absent;
    }

    private boolean inTheWay(int card, int from, int to) {
        return card != from && card != to && (card >= absent.length || !absent[card]);
    }

    /** The route of a line from card {@code from} to card {@code to}. */
    LineRoute route(int from, int to) {
        Rect sub = ChartScene.rect(cards, from);
        Rect sup = ChartScene.rect(cards, to);
        LineRoute plain = LineRoute.between(sub, sup);
        if (plain.pointCount() < 2 || clear(plain, from, to)) {
            return plain;
        }
        for (LineRoute candidate : sub.y() > sup.maxY() ? fromBelow(sub, sup, plain, from, to) : sideBySide(sub, sup)) {
            if (clear(candidate, from, to)) {
                return candidate;
            }
        }
        return plain;
    }

    /** Detours for a subordinate below its superior, best first. */
    private List<LineRoute> fromBelow(Rect sub, Rect sup, LineRoute plain, int from, int to) {
        double sx = sub.centerX();
        double sy = sub.y();
        double tx = sup.centerX();
        double ty = sup.maxY();
        double runY = plain.pointCount() == 4 ? plain.y(1) : ty + Math.min(CardMetrics.ELBOW_DROP, (sy - ty) / 2);
        double stepY = sy - Math.min(CLEARANCE, (sy - runY) / 2);
        List<LineRoute> routes = new ArrayList<>();
        for (double column : columns(sx, stepY, runY, from, to)) {
            if (column <= sub.x() || column >= sub.maxX()) {
                double side = column <= sub.x() ? sub.x() : sub.maxX();
                routes.add(LineRoute.through(new double[] {side, column, column, tx, tx},
                        new double[] {sub.centerY(), sub.centerY(), runY, runY, ty}));
            } else {
                routes.add(LineRoute.through(new double[] {sx, sx, column, column, tx, tx},
                        new double[] {sy, stepY, stepY, runY, runY, ty}));
            }
        }
        routes.add(LineRoute.through(new double[] {sx, sx, tx, tx}, new double[] {sy, stepY, stepY, ty}));
        return routes;
    }

    /**
     * The columns beside the cards that stand in the straight rise at {@code x} between
     * {@code bottom} and {@code top}, nearest to {@code x} first.
     */
    private List<Double> columns(double x, double bottom, double top, int from, int to) {
        List<Double> found = new ArrayList<>();
        cards.query(x - TOUCH, top, x + TOUCH, bottom, card -> {
            if (inTheWay(card, from, to) && crosses(card, x, top, x, bottom)) {
                found.add(cards.minX(card) - CLEARANCE);
                found.add(cards.maxX(card) + CLEARANCE);
            }
        });
        found.sort((a, b) -> Double.compare(Math.abs(a - x), Math.abs(b - x)));
        return found.size() > MAX_COLUMNS ? found.subList(0, MAX_COLUMNS) : found;
    }

    /** Brackets under and over two cards side by side, from the subordinate to the superior. */
    private static List<LineRoute> sideBySide(Rect sub, Rect sup) {
        double sx = sub.centerX();
        double tx = sup.centerX();
        double under = Math.max(sub.maxY(), sup.maxY()) + CLEARANCE;
        double over = Math.min(sub.y(), sup.y()) - CLEARANCE;
        return List.of(
                LineRoute.through(new double[] {sx, sx, tx, tx}, new double[] {sub.maxY(), under, under, sup.maxY()}),
                LineRoute.through(new double[] {sx, sx, tx, tx}, new double[] {sub.y(), over, over, sup.y()}));
    }

    /** Whether {@code route} crosses no card but {@code from} and {@code to}. */
    private boolean clear(LineRoute route, int from, int to) {
        for (int s = 0; s < route.segmentCount(); s++) {
            double x0 = route.x(s);
            double y0 = route.y(s);
            double x1 = route.x(s + 1);
            double y1 = route.y(s + 1);
            boolean[] hit = {false};
            cards.query(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1), card -> {
                if (!hit[0] && inTheWay(card, from, to) && crosses(card, x0, y0, x1, y1)) {
                    hit[0] = true;
                }
            });
            if (hit[0]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the segment runs through the inside of {@code card} (not merely along or at its edge). */
    private boolean crosses(int card, double x0, double y0, double x1, double y1) {
        double left = cards.minX(card) + TOUCH;
        double right = cards.maxX(card) - TOUCH;
        double top = cards.minY(card) + TOUCH;
        double bottom = cards.maxY(card) - TOUCH;
        if (Math.min(x0, x1) >= right || Math.max(x0, x1) <= left || Math.min(y0, y1) >= bottom
                || Math.max(y0, y1) <= top) {
            return false;
        }
        if (x0 == x1 || y0 == y1) {
            return true;
        }
        double[] t = {0, 1};
        double dx = x1 - x0;
        double dy = y1 - y0;
        return clip(-dx, x0 - left, t) && clip(dx, right - x0, t) && clip(-dy, y0 - top, t)
                && clip(dy, bottom - y0, t) && t[0] < t[1];
    }

    /** Liang-Barsky: narrows {@code t} to where {@code p * t <= q}; false when nothing is left. */
    private static boolean clip(double p, double q, double[] t) {
        if (p == 0) {
            return q > 0;
        }
        double r = q / p;
        if (p < 0) {
            t[0] = Math.max(t[0], r);
        } else {
            t[1] = Math.min(t[1], r);
        }
        return t[0] <= t[1];
    }
}
