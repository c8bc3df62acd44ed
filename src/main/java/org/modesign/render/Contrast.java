package org.modesign.render;

/**
 * Contrast as WCAG 2 defines it: the relative luminance of a colour (sRGB, linearised) and the
 * ratio {@code (L1 + 0.05) / (L2 + 0.05)} of two colours, from 1 (the same) to 21 (black on white).
 * Text needs 4.5 : 1 against what is behind it, borders, lines, icons and focus rings 3 : 1.
 */
public final class Contrast {

    /** The least contrast of normal text (WCAG 2.2, 1.4.3). */
    public static final double TEXT = 4.5;
    /** The least contrast of borders, lines, icons and focus indicators (WCAG 2.2, 1.4.11). */
    public static final double GRAPHICS = 3;

    private Contrast() {
    }

    /** The relative luminance of {@code colour}'s own channels (its opacity is ignored), 0 to 1. */
    public static double luminance(Rgb colour) {
        return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green()) + 0.0722 * linear(colour.blue());
    }

    /** The contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Rgb a, Rgb b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code colour} as seen over the opaque {@code background}: its opacity blended away. */
    public static Rgb over(Rgb colour, Rgb background) {
        double a = colour.alpha();
        return new Rgb(blend(colour.red(), background.red(), a), blend(colour.green(), background.green(), a),
                blend(colour.blue(), background.blue(), a), 1);
    }

    private static int blend(int front, int back, double alpha) {
        return (int) Math.round(front * alpha + back * (1 - alpha));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
