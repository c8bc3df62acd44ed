package org.modesign.render;

/**
 * How a card differs from the design it is compared with, as the chart marks it: each in its own
 * colour (blue, orange, vermillion: told apart by people who do not see red and green) and with
 * its own glyph, so that the colour is never the only sign.
 */
public enum ChangeMark {
    /** The card is new. */
    ADDED(Rgb.of(0x0072B2), "+"),
    /** The card is there in both, with other values. */
    CHANGED(Rgb.of(0xE69F00), "\u0394"),
    /** The card is gone; drawn as a ghost where it stood. */
    REMOVED(Rgb.of(0xD55E00), "\u2212");

    private final Rgb colour;
    private final String glyph;

    ChangeMark(Rgb colour, String glyph) {
        this.colour = colour;
        this.glyph = glyph;
    }

    public Rgb colour() {
        return colour;
    }

    /** The sign on the card's tag: {@code +}, {@code Δ} or {@code −}. */
    public String glyph() {
        return glyph;
    }
}
