package org.modesign.layout;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a layout puts each card: for card index i (the order of the scenario's nodes), its id and
 * the top-left corner (x(i), y(i)); and the bounds of all cards.
 */
public final class Placement {

    /** Makes the caller's own point type from a position, e.g. {@code Position::new}. */
    @FunctionalInterface
    public interface PointFactory<P> {
        P at(double x, double y);
    }

    private final String[] ids;
    private final double[] xs;
    private final double[] ys;
    private final Bounds bounds;

    Placement(String[] ids, double[] xs, double[] ys, double cardWidth, double cardHeight) {
        this.ids = ids;
        this.xs = xs;
        this.ys = ys;
        Bounds all = Bounds.EMPTY;
        for (int i = 0; i < ids.length; i++) {
            all = all.union(Bounds.ofCard(xs[i], ys[i], cardWidth, cardHeight));
        }
        this.bounds = all;
    }

    /** How many cards were placed. */
    public int size() {
        return ids.length;
    }

    public String id(int index) {
        return ids[index];
    }

    public double x(int index) {
        return xs[index];
    }

    public double y(int index) {
        return ys[index];
    }

    /** The bounds of all cards; {@link Bounds#EMPTY} when there are none. */
    public Bounds bounds() {
        return bounds;
    }

    /** Every card's position by id (the first card of each id). */
    public Map<String, Point> positions() {
        return positions(Point::new);
    }

    /** Every card's position by id, as {@code factory} makes it (the first card of each id). */
    public <P> Map<String, P> positions(PointFactory<P> factory) {
        Map<String, P> map = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            map.putIfAbsent(ids[i], factory.at(xs[i], ys[i]));
        }
        return map;
    }
}
