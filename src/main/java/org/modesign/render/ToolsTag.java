package org.modesign.render;

/**
 * The tag on a card that says how many tools of the stack it owns: a pill in the theme's tools
 * colour ({@link PeopleColours#tools}: slate with white words on light cards, light slate with dark
 * words on dark ones) on the card's bottom edge at its right, clear of the lines that leave a card
 * at its middle, of a foldable card's chevron (then just left of it) and of the staffing and team
 * tags on its top edge. At full detail it says "3 tools"; at compact detail the number alone, in a
 * font large enough to read at that zoom.
 */
final class ToolsTag {

    /** The font of the number alone at compact detail. */
    static final FontSpec COMPACT_FONT = new FontSpec(16, true);
    /** The room between the tag and a foldable card's chevron. */
    private static final double CHEVRON_GAP = 4;

    private ToolsTag() {
    }

    /**
     * Paints {@code word}, {@code width} wide (its padding included), in {@code font}, on {@code card},
     * in {@code colours}; left of the chevron when the card is {@code foldable}.
     */
    static void paint(Surface surface, PeopleColours colours, Rect card, String word, double width, FontSpec font,
            boolean foldable) {
        double height = Math.max(PeopleLook.TAG_HEIGHT, font.size() + 4);
        double right = foldable ? RollUpPainter.chevronCentre(card)[0] - RollUpPainter.CHEVRON_RADIUS - CHEVRON_GAP
                : card.x() + card.width() - CardMetrics.PADDING;
        double x = Math.max(card.x() + CardMetrics.PADDING, right - width);
        double y = card.y() + card.height() - height / 2;
        surface.setFill(colours.tools());
        surface.fillRoundRect(x, y, width, height, height / 2);
        surface.setFill(colours.toolsText());
        surface.text(word, x + width / 2, y + height / 2 + CardMetrics.BASELINE_DROP * font.size(), font,
                TextAlign.CENTER);
    }
}
