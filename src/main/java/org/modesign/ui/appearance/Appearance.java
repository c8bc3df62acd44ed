package org.modesign.ui.appearance;

import java.util.List;
import java.util.Objects;

/**
 * How the editor looks: its {@link Theme} and its text size, as a percentage of the standard size
 * (one of {@link #TEXT_SIZES}), which scales the panels' text and the chart's zoom together.
 */
public record Appearance(Theme theme, int textSize) {

    /** The text sizes offered (View ▸ Text Size), in per cent. */
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 175, 200);
    /** The standard: light, 100 %. */
    public static final Appearance STANDARD = new Appearance(Theme.LIGHT, 100);
    /** The panels' text size at 100 %, in pixels (AtlantaFX's own). */
    static final double BASE_FONT_PX = 14;

    public Appearance {
        Objects.requireNonNull(theme, "theme");
        if (!TEXT_SIZES.contains(textSize)) {
            throw new IllegalArgumentException("text size must be one of " + TEXT_SIZES + ", not " + textSize);
        }
    }

    /** The text size as a factor: 1 to 2. */
    public double textScale() {
        return textSize / 100.0;
    }

    /** The panels' font size in pixels. */
    double fontPixels() {
        return BASE_FONT_PX * textScale();
    }

    public Appearance withTheme(Theme newTheme) {
        return new Appearance(newTheme, textSize);
    }

    public Appearance withTextSize(int newSize) {
        return new Appearance(theme, newSize);
    }
}
