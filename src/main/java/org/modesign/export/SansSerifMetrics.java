package org.modesign.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.modesign.render.FontSpec;

/**
 * Text widths in Java2D's logical "SansSerif" font, with fractional metrics, measured once per
 * text and font: what a PNG draws with, and what an SVG's words are wrapped by (SVG has no metrics
 * of its own; a viewer's sans-serif is seldom wider than this). Headless; not thread-safe.
 */
final class SansSerifMetrics implements ToDoubleBiFunction<String, FontSpec> {

    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Map<FontSpec, Map<String, Double>> widths = new HashMap<>();
    private final FontRenderContext measuring = new FontRenderContext(null, true, true);

    /** The font of {@code spec}. */
    Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> new Font(Font.SANS_SERIF, s.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) s.size()));
    }

    @Override
    public double applyAsDouble(String text, FontSpec font) {
        return widths.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(text, t -> font(font).getStringBounds(t, measuring).getWidth());
    }
}
