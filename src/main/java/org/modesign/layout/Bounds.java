package org.modesign.layout;

import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * An axis-parallel rectangle from (minX, minY) to (maxX, maxY), y growing downwards. {@link #EMPTY}
 * holds nothing and is the neutral element of {@link #union}.
 */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    /** The bounds of nothing: empty, and {@code EMPTY.union(b)} is {@code b}. */
    public static final Bounds EMPTY = new Bounds(
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    /** The bounds of a card of size (width, height) with its top-left corner at (x, y). */
    public static Bounds ofCard(double x, double y, double width, double height) {
        return new Bounds(x, y, x + width, y + height);
    }

    /** The bounds of all cards of {@code scenario}, each of size (cardWidth, cardHeight). O(cards). */
    public static Bounds of(Scenario scenario, double cardWidth, double cardHeight) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Node node : scenario.nodes()) {
            minX = Math.min(minX, node.x());
            minY = Math.min(minY, node.y());
            maxX = Math.max(maxX, node.x() + cardWidth);
            maxY = Math.max(maxY, node.y() + cardHeight);
        }
        return scenario.nodes().isEmpty() ? EMPTY : new Bounds(minX, minY, maxX, maxY);
    }

    public boolean isEmpty() {
        return !(minX < maxX && minY < maxY);
    }

    /** The width, 0 when empty. */
    public double width() {
        return isEmpty() ? 0 : maxX - minX;
    }

    /** The height, 0 when empty. */
    public double height() {
        return isEmpty() ? 0 : maxY - minY;
    }

    /** The smallest bounds holding both. */
    public Bounds union(Bounds other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new Bounds(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }

    /** Whether the two share an area (touching edges do not count), e.g. a card and the viewport. */
    public boolean intersects(Bounds other) {
        return !isEmpty() && !other.isEmpty()
                && minX < other.maxX && other.minX < maxX
                && minY < other.maxY && other.minY < maxY;
    }
}
