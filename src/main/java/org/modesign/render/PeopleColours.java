package org.modesign.render;

import java.util.Objects;

/**
 * A theme's colours for people and teams that are not plain: an open and a planned position's
 * outline (and tag) and the tint of its card, a committee's and a squad's header and body, and the
 * tag that counts the tools a card owns ({@code tools}, its words {@code toolsText}). They stay
 * clear of the archetypes' colours and the findings' badges.
 */
public record PeopleColours(Rgb open, Rgb openFill, Rgb planned, Rgb plannedFill, Rgb committee, Rgb committeeFill,
        Rgb squad, Rgb squadFill, Rgb tools, Rgb toolsText) {

    public PeopleColours {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(openFill, "openFill");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(plannedFill, "plannedFill");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(committeeFill, "committeeFill");
        Objects.requireNonNull(squad, "squad");
        Objects.requireNonNull(squadFill, "squadFill");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(toolsText, "toolsText");
    }
}
