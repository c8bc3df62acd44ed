package org.modesign.render;

import org.modesign.model.Staffing;
import org.modesign.model.TeamKind;

/**
 * How the chart marks people and teams that are not plain: a vacant role (open or planned) has a
 * dashed outline in its staffing's colour, a light tint and a tag with the staffing's word on its
 * top edge; a committee or squad has its own header colour, since it is not a reporting team.
 * The colours are the theme's {@link PeopleColours}.
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

    private PeopleLook() {
    }

    /** The outline and tag colour of a vacant position. */
    static Rgb vacant(ChartTheme theme, Staffing staffing) {
        return staffing == Staffing.PLANNED ? theme.people().planned() : theme.people().open();
    }

    /** The tint of a vacant role card's body. */
    static Rgb vacantFill(ChartTheme theme, Staffing staffing) {
        return staffing == Staffing.PLANNED ? theme.people().plannedFill() : theme.people().openFill();
    }

    /** Whether a team of this kind is drawn apart from the reporting teams. */
    static boolean apart(TeamKind kind) {
        return kind == TeamKind.COMMITTEE || kind == TeamKind.SQUAD;
    }

    /** The header colour of a team drawn apart. */
    static Rgb teamAccent(ChartTheme theme, TeamKind kind) {
        return kind == TeamKind.SQUAD ? theme.people().squad() : theme.people().committee();
    }

    /** The body colour of a team drawn apart. */
    static Rgb teamFill(ChartTheme theme, TeamKind kind) {
        return kind == TeamKind.SQUAD ? theme.people().squadFill() : theme.people().committeeFill();
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
