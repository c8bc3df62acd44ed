package org.modesign.layout;

/** Snapping positions to a grid. */
public final class Grid {

    private Grid() {
    }

    /**
     * The multiple of {@code step} nearest to {@code value} (halves round up): {@code snap(37, 10)}
     * is 40, {@code snap(-37, 10)} is -40.
     *
     * @throws IllegalArgumentException when {@code step} is not a positive finite number
     */
    public static double snap(double value, double step) {
        if (!(step > 0 && Double.isFinite(step))) {
            throw new IllegalArgumentException("grid step must be a positive number, not " + step);
        }
        if (!Double.isFinite(value)) {
            return value;
        }
        return Math.floor(value / step + 0.5) * step;
    }
}
