package org.modesign.render;

/**
 * A colour: red, green and blue from 0 to 255 and an opacity from 0 (transparent) to 1 (opaque).
 * Every {@link Surface} takes its colours as {@code Rgb}, so that the chart's palette needs no
 * toolkit colour class.
 */
public record Rgb(int red, int green, int blue, double alpha) {

    public Rgb {
        checkChannel(red, "red");
        checkChannel(green, "green");
        checkChannel(blue, "blue");
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be from 0 to 1, not " + alpha);
        }
    }

    /** An opaque colour from {@code 0xRRGGBB}. */
    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 1.0);
    }

    /** The same colour with opacity {@code newAlpha}. */
    public Rgb withAlpha(double newAlpha) {
        return new Rgb(red, green, blue, newAlpha);
    }

    /** The same colour with its opacity multiplied by {@code factor} (used for ghosting). */
    public Rgb fade(double factor) {
        return withAlpha(alpha * factor);
    }

    /** {@code #rrggbb}, without the opacity (SVG and CSS take it separately). */
    public String hex() {
        char[] hex = new char[7];
        hex[0] = '#';
        int rgb = red << 16 | green << 8 | blue;
        for (int i = 6; i > 0; i--) {
            hex[i] = Character.forDigit(rgb & 0xF, 16);
            rgb >>= 4;
        }
        return new String(hex);
    }

    /**
     * Near-black or white, whichever stands out more from this colour by WCAG's contrast ratio: for
     * text and glyphs drawn on it.
     */
    public Rgb contrasting() {
        Rgb dark = Rgb.of(0x1A1A1A);
        Rgb light = Rgb.of(0xFFFFFF);
        return Contrast.ratio(this, dark) >= Contrast.ratio(this, light) ? dark : light;
    }

    private static void checkChannel(int value, String name) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " must be from 0 to 255, not " + value);
        }
    }
}
