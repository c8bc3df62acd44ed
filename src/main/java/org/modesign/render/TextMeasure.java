package org.modesign.render;

/**
 * How wide a text is in a font, in user units: what a layout needs of a {@link Surface} before it
 * paints ({@code surface::textWidth}). {@link #APPROXIMATE} estimates without a surface.
 */
@FunctionalInterface
public interface TextMeasure {

    /** The estimate of {@link Surface#approximateTextWidth}. */
    TextMeasure APPROXIMATE = Surface::approximateTextWidth;

    double width(String text, FontSpec font);
}
