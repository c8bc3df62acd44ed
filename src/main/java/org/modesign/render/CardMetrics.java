package org.modesign.render;

import org.modesign.model.NodeType;

/**
 * Every size of the chart in one place, in world units: card sizes per node type, the inner
 * layout of a card, fonts. A node's model position ({@code x}, {@code y}) is the top-left corner
 * of its card. Every card is as wide as the layout's slot ({@code layout.Spacing.CARDS}), so a
 * card is centred over its reports, and no taller than the slot.
 *
 * <p>At 100 % zoom a world unit is a screen pixel: a card's words are then at least
 * {@link #LEGIBLE_PIXELS} pixels high, and a title has room for two lines of about 22 letters.
 */
public final class CardMetrics {

    public static final double ROLE_WIDTH = 200;
    public static final double ROLE_HEIGHT = 64;
    public static final double TEAM_WIDTH = 200;
    public static final double TEAM_HEIGHT = 60;
    public static final double EXECUTIVE_WIDTH = 200;
    public static final double EXECUTIVE_HEIGHT = 56;

    /** Corner radius of role and executive cards. */
    public static final double CORNER = 6;
    /** Corner radius of team header cards. */
    public static final double TEAM_CORNER = 3;
    /** Width of the archetype colour band on the left of a role card. */
    public static final double BAND_WIDTH = 24;
    /** Height of the accent strip on top of a team card. */
    public static final double TEAM_STRIP = 4;
    /** Space between a card's edge and its text. */
    public static final double PADDING = 8;
    /** Size of the archetype glyph in the band. */
    public static final double GLYPH_SIZE = 16;
    /** Radius of a finding badge at full and compact detail; its centre is the card's top-right corner. */
    public static final double BADGE_RADIUS = 9;
    /** Gap between a card and its selection outline. */
    public static final double SELECTION_GAP = 3;
    /** How far below a superior card the horizontal run of an elbow line lies, at most. */
    public static final double ELBOW_DROP = 20;
    /** Arrowhead length and half width at the superior's end of a reporting line. */
    public static final double ARROW_LENGTH = 8;
    public static final double ARROW_HALF_WIDTH = 4;

    /** How far a baseline sits below the vertical centre of a line of text, per unit of font size. */
    public static final double BASELINE_DROP = 0.35;
    /** How high a capital letter stands above the baseline, per unit of font size (sans-serif fonts: 0.72). */
    public static final double CAP_HEIGHT = 0.72;
    /** How far descenders reach below the baseline, per unit of font size (sans-serif fonts: 0.21 to 0.24). */
    public static final double DESCENT = 0.24;

    /** A card's title: wrapped to two lines (more where the card has room), then cut with "…". */
    public static final FontSpec TITLE_FONT = new FontSpec(12, true);
    /** The words under a title: a role's archetype, FTE, region and sourcing; an executive's office; a team's region. */
    public static final FontSpec DETAIL_FONT = new FontSpec(11, false);
    /** The title of a card at compact detail, the only text it carries. */
    public static final FontSpec COMPACT_FONT = new FontSpec(16, true);
    public static final FontSpec BADGE_FONT = new FontSpec(10, true);
    /** From baseline to baseline of the lines of a title. */
    public static final double TITLE_LEADING = 14;
    /** From baseline to baseline of the lines of a title at compact detail. */
    public static final double COMPACT_LEADING = 18;
    /** From the baseline of a title's last line to that of the first line of detail under it. */
    public static final double TITLE_TO_DETAIL = 15;
    /** From baseline to baseline of the lines of detail. */
    public static final double DETAIL_LEADING = 13;
    /** The least room between a card's text and its top and bottom edges. */
    public static final double TEXT_INSET = 4;

    /**
     * The size in screen pixels that the words on a card need for a person to read them without
     * leaning in; a chart opens at a zoom where they have it (see {@link OpeningView}).
     */
    public static final double LEGIBLE_PIXELS = 11;

    private CardMetrics() {
    }

    /** The least zoom at which every word on a full-detail card is {@link #LEGIBLE_PIXELS} high or more: 100 %. */
    public static double legibleScale() {
        return LEGIBLE_PIXELS / Math.min(TITLE_FONT.size(), DETAIL_FONT.size());
    }

    public static double width(NodeType type) {
        return switch (type) {
            case ROLE -> ROLE_WIDTH;
            case TEAM -> TEAM_WIDTH;
            case EXECUTIVE -> EXECUTIVE_WIDTH;
        };
    }

    public static double height(NodeType type) {
        return switch (type) {
            case ROLE -> ROLE_HEIGHT;
            case TEAM -> TEAM_HEIGHT;
            case EXECUTIVE -> EXECUTIVE_HEIGHT;
        };
    }
}
