package org.modesign.render;

import org.modesign.model.NodeType;

/**
 * Every size of the chart in one place, in world units: card sizes per node type, the inner
 * layout of a card, fonts. A node's model position ({@code x}, {@code y}) is the top-left corner
 * of its card.
 */
public final class CardMetrics {

    public static final double ROLE_WIDTH = 180;
    public static final double ROLE_HEIGHT = 64;
    public static final double TEAM_WIDTH = 200;
    public static final double TEAM_HEIGHT = 40;
    public static final double EXECUTIVE_WIDTH = 160;
    public static final double EXECUTIVE_HEIGHT = 48;

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

    public static final FontSpec TITLE_FONT = new FontSpec(13, true);
    public static final FontSpec DETAIL_FONT = new FontSpec(10, false);
    public static final FontSpec TAG_FONT = new FontSpec(9, true);
    public static final FontSpec COMPACT_FONT = new FontSpec(16, true);
    public static final FontSpec BADGE_FONT = new FontSpec(10, true);

    private CardMetrics() {
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
