package org.modesign.render;

import java.util.List;

/**
 * The words of one card as {@link CardTypesetter} set them: lines placed relative to the card's
 * top-left corner, and whether anything had to be cut short with "…" to fit.
 *
 * @param lines      the title's lines, then the detail's, top to bottom
 * @param titleCut   whether the title's last line shown ends in "…" (the tooltip has it whole)
 * @param detailCut  whether the detail's last line shown ends in "…"
 */
record CardLines(List<TextLine> lines, boolean titleCut, boolean detailCut) {

    static final CardLines NONE = new CardLines(List.of(), false, false);

    /**
     * One line of a card: its text, where its anchor lies from the card's top-left corner (the
     * {@code baseline} is the text's), its font and alignment, and whether it belongs to the title
     * (drawn in the card's text colour) or to the detail (in the detail colour).
     */
    record TextLine(String text, double x, double baseline, FontSpec font, TextAlign align, boolean title) {
    }

    /** The title's lines. */
    List<TextLine> title() {
        return lines.stream().filter(TextLine::title).toList();
    }

    /** The detail's lines. */
    List<TextLine> detail() {
        return lines.stream().filter(l -> !l.title()).toList();
    }
}
