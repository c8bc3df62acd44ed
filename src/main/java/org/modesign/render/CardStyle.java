package org.modesign.render;

import java.util.Objects;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * The colours and border pattern of one card, resolved from a {@link ChartTheme}: a role is a
 * white card with a band in its archetype's colour and a border dashed by its sourcing (an open or
 * planned one is tinted, with a dashed border in its staffing's colour); an executive is a card in
 * its office's colour; a team is a header card (a committee or squad in its kind's colour).
 *
 * @param accent the colour that stands for the card when it is drawn as a plain block
 */
public record CardStyle(Rgb fill, Rgb accent, Rgb border, Rgb text, Rgb detailText, Dash dash) {

    public CardStyle {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(border, "border");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(detailText, "detailText");
        Objects.requireNonNull(dash, "dash");
    }

    /** The style of {@code node}'s card in {@code theme} (a node that is neither role nor executive is a team). */
    public static CardStyle of(ChartTheme theme, Node node) {
        if (node instanceof Role role) {
            if (role.staffing().vacant()) {
                return new CardStyle(PeopleLook.vacantFill(theme, role.staffing()), accentOf(theme, role),
                        PeopleLook.vacant(theme, role.staffing()), theme.cardText(), theme.cardDetailText(),
                        PeopleLook.VACANT_DASH);
            }
            return new CardStyle(theme.cardFill(), accentOf(theme, role), theme.cardBorder(),
                    theme.cardText(), theme.cardDetailText(), theme.sourcingDash(role.sourcing()));
        }
        if (node instanceof Executive executive) {
            Rgb office = accentOf(theme, executive);
            Rgb text = office.contrasting();
            return new CardStyle(office, office, office, text, text, Dash.SOLID);
        }
        if (node instanceof Team team && PeopleLook.apart(team.kind())) {
            Rgb accent = PeopleLook.teamAccent(theme, team.kind());
            return new CardStyle(PeopleLook.teamFill(theme, team.kind()), accent, accent, theme.teamText(),
                    theme.cardDetailText(), Dash.SOLID);
        }
        return new CardStyle(theme.teamFill(), accentOf(theme, node), theme.teamBorder(),
                theme.teamText(), theme.cardDetailText(), Dash.SOLID);
    }

    /** The colour that stands for {@code node} when it is drawn as a plain block: {@code of(theme, node).accent()}. */
    public static Rgb accentOf(ChartTheme theme, Node node) {
        if (node instanceof Role role) {
            return theme.archetype(role.archetype());
        }
        if (node instanceof Executive executive) {
            return theme.office(executive.office());
        }
        if (node instanceof Team team && PeopleLook.apart(team.kind())) {
            return PeopleLook.teamAccent(theme, team.kind());
        }
        return theme.teamBorder();
    }

    /** This style with every colour's opacity multiplied by {@code alpha}: an inactive card. */
    public CardStyle ghosted(double alpha) {
        return new CardStyle(fill.fade(alpha), accent.fade(alpha), border.fade(alpha), text.fade(alpha),
                detailText.fade(alpha), dash);
    }
}
