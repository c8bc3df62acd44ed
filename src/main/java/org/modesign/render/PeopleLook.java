package org.modesign.render;

import org.modesign.model.Staffing;
import org.modesign.model.TeamKind;

/**
 * How the chart marks people and teams that are not plain: a vacant role (open or planned) has a
 * dashed outline in its staffing's colour, a light tint and a tag with the staffing's word on its
 * top edge; a committee or squad has its own header colour, since it is not a reporting team.
 * Colours stay clear of the archetypes' (Okabe–Ito) and the findings' badges.
 */
final class PeopleLook {

    /** The outline of a vacant role: longer dashes than any sourcing's, and thicker. */
    static final Dash VACANT_DASH = new Dash(5, 3);
    static final double VACANT_WIDTH = 1.6;
    /** The tag: its font, height, padding on each side of the word, and its gap to the finding badge. */
    static final FontSpec TAG_FONT = new FontSpec(9, true);
    static final double TAG_HEIGHT = 13;
    static final double TAG_PADDING = 5;
    static final double TAG_RIGHT = CardMetrics.BADGE_RADIUS + 8;

    private static final Rgb OPEN = Rgb.of(0xB45309);
    private static final Rgb PLANNED = Rgb.of(0x5B4FCF);
    private static final Rgb OPEN_FILL = Rgb.of(0xFFF7EB);
    private static final Rgb PLANNED_FILL = Rgb.of(0xF3F1FF);
    private static final Rgb COMMITTEE = Rgb.of(0x0F766E);
    private static final Rgb COMMITTEE_FILL = Rgb.of(0xE3F2EF);
    private static final Rgb SQUAD = Rgb.of(0x8B5A2B);
    private static final Rgb SQUAD_FILL = Rgb.of(0xF5EEE6);

    private PeopleLook() {
    }

    /** The outline and tag colour of a vacant position. */
    static Rgb vacant(Staffing staffing) {
        return staffing == Staffing.PLANNED ? PLANNED : OPEN;
    }

    /** The tint of a vacant role card's body. */
    static Rgb vacantFill(Staffing staffing) {
        return staffing == Staffing.PLANNED ? PLANNED_FILL : OPEN_FILL;
    }

    /** Whether a team of this kind is drawn apart from the reporting teams. */
    static boolean apart(TeamKind kind) {
        return kind == TeamKind.COMMITTEE || kind == TeamKind.SQUAD;
    }

    /** The header colour of a team drawn apart. */
    static Rgb teamAccent(TeamKind kind) {
        return kind == TeamKind.SQUAD ? SQUAD : COMMITTEE;
    }

    /** The body colour of a team drawn apart. */
    static Rgb teamFill(TeamKind kind) {
        return kind == TeamKind.SQUAD ? SQUAD_FILL : COMMITTEE_FILL;
    }

    /**
     * Paints the tag {@code word}, {@code width} wide, on the top edge of {@code card}: at its left
     * ({@code left}) or right aligned short of the finding badge, filled with {@code colour}, the
     * word in {@code text}.
     */
    static void paintTag(Surface surface, Rect card, String word, double width, boolean left, Rgb colour, Rgb text) {
        paintTag(surface, card, word, width, left, colour, text, null);
    }

    /** The same, with a border in {@code outline} (null for none). */
    static void paintTag(Surface surface, Rect card, String word, double width, boolean left, Rgb colour, Rgb text,
            Rgb outline) {
        double x = left ? card.x() + CardMetrics.PADDING
                : Math.max(card.x() + CardMetrics.PADDING, card.x() + card.width() - TAG_RIGHT - width);
        double y = card.y() - TAG_HEIGHT / 2;
        surface.setFill(colour);
        surface.fillRoundRect(x, y, width, TAG_HEIGHT, TAG_HEIGHT / 2);
        if (outline != null) {
            surface.setStroke(outline);
            surface.setLineWidth(1);
            surface.setDash(Dash.SOLID);
            surface.strokeRoundRect(x, y, width, TAG_HEIGHT, TAG_HEIGHT / 2);
        }
        surface.setFill(text);
        surface.text(word, x + width / 2, y + TAG_HEIGHT / 2 + CardMetrics.BASELINE_DROP * TAG_FONT.size(), TAG_FONT,
                TextAlign.CENTER);
    }
}
