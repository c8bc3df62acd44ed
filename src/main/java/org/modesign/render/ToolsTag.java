package org.modesign.render;

/**
 * The tag on a card that says how many tools of the stack it owns: a dark slate pill with white
 * words on the card's bottom edge at its right, clear of the lines that leave a card at its middle
 * and of the staffing and team tags on its top edge. At full detail it says "3 tools"; at compact
 * detail the number alone, in a font large enough to read at that zoom.
 */
final class ToolsTag {

    /** The font of the number alone at compact detail. */
    static final FontSpec COMPACT_FONT = new FontSpec(16, true);
    private static final Rgb FILL = Rgb.of(0x334155);
    private static final Rgb TEXT = Rgb.of(0xFFFFFF);

    private ToolsTag() {
    }

    /**
     * Paints {@code word}, {@code width} wide (its padding included), in {@code font}, on {@code card}'s
     * bottom edge, {@code rightInset} from its right edge (left of a chevron there).
     */
    static void paint(Surface surface, Rect card, String word, double width, FontSpec font, double rightInset) {
        double height = Math.max(PeopleLook.TAG_HEIGHT, font.size() + 4);
        double x = Math.max(card.x() + CardMetrics.PADDING, card.x() + card.width() - rightInset - width);
        double y = card.y() + card.height() - height / 2;
        surface.setFill(FILL);
        surface.fillRoundRect(x, y, width, height, height / 2);
        surface.setFill(TEXT);
        surface.text(word, x + width / 2, y + height / 2 + CardMetrics.BASELINE_DROP * font.size(), font,
                TextAlign.CENTER);
    }
}
