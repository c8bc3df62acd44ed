package org.modesign.render;

/** An axis-aligned rectangle in world or screen units; edges count as inside. */
public record Rect(double x, double y, double width, double height) {

    /** The empty rectangle at the origin (the bounds of an empty chart). */
    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** Whether the two rectangles share at least one point (touching edges count). */
    public boolean intersects(Rect other) {
        return x <= other.maxX() && other.x <= maxX() && y <= other.maxY() && other.y <= maxY();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** This rectangle grown by {@code margin} on every side. */
    public Rect expanded(double margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
