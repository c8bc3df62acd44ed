package org.modesign.render;

/** A stroke pattern: {@code on} units drawn, {@code off} units left out; {@link #SOLID} when {@code on} is 0. */
public record Dash(double on, double off) {

    /** An unbroken stroke. */
    public static final Dash SOLID = new Dash(0, 0);

    public Dash {
        if (on < 0 || off < 0) {
            throw new IllegalArgumentException("dash lengths may not be negative");
        }
    }

    public boolean solid() {
        return on == 0;
    }

    /** The same pattern with both lengths multiplied by {@code factor}. */
    public Dash scaled(double factor) {
        return solid() ? this : new Dash(on * factor, off * factor);
    }
}
