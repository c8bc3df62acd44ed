package org.modesign.render;

/**
 * The shape of a finding's marker, so that its severity shows without colour: a circle, a
 * triangle standing on its base, or a square with rounded corners, each about a centre and a
 * radius.
 */
public enum MarkerShape {
    CIRCLE,
    TRIANGLE,
    ROUNDED_SQUARE;

    /** Half the width of the triangle's base, and its apex's height above the centre, in radii. */
    public static final double TRIANGLE_HALF = 1.15;
    /** Depth of the triangle's base below the centre, in radii. */
    public static final double TRIANGLE_BASE = 0.85;
    /** Radius of the rounded square's corners, in radii. */
    public static final double CORNER = 1.0 / 3;

    /** The shape for a badge of {@code severity}. */
    public static MarkerShape of(BadgeSeverity severity) {
        return switch (severity) {
            case ERROR -> CIRCLE;
            case WARNING -> TRIANGLE;
            case INFO -> ROUNDED_SQUARE;
        };
    }

    /** Fills this shape about ({@code cx}, {@code cy}) in the surface's fill colour. */
    public void fill(Surface surface, double cx, double cy, double r) {
        switch (this) {
            case CIRCLE -> surface.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            case TRIANGLE -> surface.fillPolygon(new double[] {cx, cx + TRIANGLE_HALF * r, cx - TRIANGLE_HALF * r},
                    new double[] {cy - TRIANGLE_HALF * r, cy + TRIANGLE_BASE * r, cy + TRIANGLE_BASE * r}, 3);
            case ROUNDED_SQUARE -> surface.fillRoundRect(cx - r, cy - r, 2 * r, 2 * r, r / 3);
        }
    }

    /** Whether the point ({@code dx}, {@code dy}) from the centre lies inside this shape of radius {@code r}. */
    public boolean contains(double dx, double dy, double r) {
        return switch (this) {
            case CIRCLE -> dx * dx + dy * dy <= r * r;
            case TRIANGLE -> {
                double down = dy + TRIANGLE_HALF * r; // from the apex
                double half = down * TRIANGLE_HALF / (TRIANGLE_HALF + TRIANGLE_BASE); // half the width at dy
                yield down >= 0 && dy <= TRIANGLE_BASE * r && Math.abs(dx) <= half;
            }
            case ROUNDED_SQUARE -> {
                double c = CORNER * r;
                double ax = Math.abs(dx) - (r - c);
                double ay = Math.abs(dy) - (r - c);
                yield Math.abs(dx) <= r && Math.abs(dy) <= r && (ax <= 0 || ay <= 0 || ax * ax + ay * ay <= c * c);
            }
        };
    }
}
