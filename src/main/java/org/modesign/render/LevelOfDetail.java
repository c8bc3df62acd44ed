package org.modesign.render;

/**
 * How much of each card the painter draws. Text is the dearest thing to draw, so it goes first
 * as the chart is zoomed out; at the smallest scales the number of draw calls is bounded by the
 * screen's size, not by the number of cards.
 */
public enum LevelOfDetail {
    /** Everything: glyph, title, summary line, sourcing tag, arrowheads. */
    FULL,
    /** Cards with their colour band and title only. */
    COMPACT,
    /** One filled rectangle per card, no text; thin lines without arrowheads. */
    BLOCKS,
    /** At most one small square per few screen pixels, no lines: an overview of a huge chart. */
    DOTS;

    /** Scales from this one up are drawn {@link #FULL}. */
    public static final double FULL_MIN_SCALE = 0.6;
    /** Scales from this one up (and below {@link #FULL_MIN_SCALE}) are drawn {@link #COMPACT}. */
    public static final double COMPACT_MIN_SCALE = 0.3;
    /** Scales from this one up (and below {@link #COMPACT_MIN_SCALE}) are drawn as {@link #BLOCKS}; below, {@link #DOTS}. */
    public static final double BLOCKS_MIN_SCALE = 0.05;

    /** The level for {@code scale} screen pixels per world unit. */
    public static LevelOfDetail forScale(double scale) {
        if (scale >= FULL_MIN_SCALE) {
            return FULL;
        }
        if (scale >= COMPACT_MIN_SCALE) {
            return COMPACT;
        }
        return scale >= BLOCKS_MIN_SCALE ? BLOCKS : DOTS;
    }

    /** Whether cards carry any text at this level. */
    public boolean drawsText() {
        return this == FULL || this == COMPACT;
    }
}
