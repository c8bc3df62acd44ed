package org.modesign.render;

import java.util.Objects;

/**
 * A theme's colours for people and teams that are not plain: an open and a planned position's
 * outline (and tag) and the tint of its card, and a committee's and a squad's header and body.
 * They stay clear of the archetypes' colours and the findings' badges.
 */
public record PeopleColours(Rgb open, Rgb openFill, Rgb planned, Rgb plannedFill, Rgb committee, Rgb committeeFill,
        Rgb squad, Rgb squadFill) {

    public PeopleColours {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(openFill, "openFill");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(plannedFill, "plannedFill");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(committeeFill, "committeeFill");
        Objects.requireNonNull(squad, "squad");
        Objects.requireNonNull(squadFill, "squadFill");
    }
}
