package org.modesign.layout;

/**
 * The size of a card and the gaps the layout leaves: between neighbouring cards
 * ({@code horizontalGap}), between a manager and its reports ({@code verticalGap}), between cards of
 * a stacked column of leaf reports ({@code stackGap}), and how far such a column sits to the right
 * of its manager ({@code stackIndent}, room for the connector).
 */
public record Spacing(double cardWidth, double cardHeight, double horizontalGap, double verticalGap,
        double stackGap, double stackIndent) {

    /** Cards of 180 × 64 with gaps of 24 across, 48 down, 16 in a stack; stacks indented by 24. */
    public static final Spacing DEFAULT = new Spacing(180, 64, 24, 48, 16, 24);

    /**
     * MOdesign's chart: room for its widest card (a team, 200) and its tallest (a role, 64), so no
     * two cards of any kind overlap.
     */
    public static final Spacing CARDS = new Spacing(200, 64, 24, 48, 16, 24);

    public Spacing {
        positive("cardWidth", cardWidth);
        positive("cardHeight", cardHeight);
        notNegative("horizontalGap", horizontalGap);
        notNegative("verticalGap", verticalGap);
        notNegative("stackGap", stackGap);
        notNegative("stackIndent", stackIndent);
    }

    private static void positive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be a positive number, not " + value);
        }
    }

    private static void notNegative(String name, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be zero or a positive number, not " + value);
        }
    }
}
