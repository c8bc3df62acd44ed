package org.modesign.render;

import java.util.List;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

/** The words of a card that the chart and a card's tooltip both show, in the words of a {@link ChartLabels}. */
public final class CardText {

    /** Between the parts of a card's detail line. */
    public static final String SEPARATOR = " \u00b7 ";

    private CardText() {
    }

    /** A card's region: {@code name}, or the global region's name when it is null (global). */
    public static String region(ChartLabels labels, String name) {
        return name == null ? labels.globalRegion() : name;
    }

    /**
     * The parts of a role card's detail, in order: archetype, FTE, region, and the sourcing when it
     * is not in house ("Maestro", "1.5 FTE", "EMEA", "Agency"); {@code region} null for global.
     * The card runs them on with {@link #SEPARATOR}, breaking lines between parts.
     */
    public static List<String> roleDetails(ChartLabels labels, Role role, String region) {
        String archetype = labels.archetype(role.archetype());
        String fte = labels.fte(role.fte());
        String where = region(labels, region);
        return role.sourcing() == Sourcing.IN_HOUSE ? List.of(archetype, fte, where)
                : List.of(archetype, fte, where, labels.sourcing(role.sourcing()));
    }

    /** A role's archetype, FTE and region on one line, "Maestro · 1.5 FTE · EMEA"; {@code region} null for global. */
    public static String roleSummary(ChartLabels labels, Role role, String region) {
        return labels.archetype(role.archetype()) + SEPARATOR + labels.fte(role.fte()) + SEPARATOR
                + region(labels, region);
    }

    /** A team card's kind tag: its kind's word, or null for a department (the usual kind). */
    public static String teamKind(ChartLabels labels, Team team) {
        return team.kind() == TeamKind.DEPARTMENT ? null : labels.teamKind(team.kind());
    }

    /** A team card's head count: "5 members · 4.5 FTE", "1 member", or null when it has none. */
    public static String teamMembers(ChartLabels labels, int members, double fte) {
        if (members == 0) {
            return null;
        }
        return fte > 0 ? labels.members(members) + SEPARATOR + labels.fte(fte) : labels.members(members);
    }
}
