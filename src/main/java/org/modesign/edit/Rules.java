package org.modesign.edit;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.modesign.model.Design;
import org.modesign.model.Ids;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Team;

/**
 * The local checks that keep every edit inside what the loader accepts (format.md §1, the same
 * rules as {@link org.modesign.model.Integrity}), each in O(1) or O(size of the catalogue), so
 * that a command need not re-check the whole design. Each throws {@link EditRejected}.
 */
final class Rules {

    /** The longest name or title an edit accepts; far below the loader's 64 KiB string limit. */
    static final int MAX_NAME = 1_000;
    /** The most cards a design may hold in all its scenarios (the loader's limit). */
    static final int MAX_CARDS = 200_000;

    private Rules() {
    }

    static String name(String text) {
        if (text == null || text.isBlank()) {
            throw EditRejected.of(EditKey.BLANK_NAME);
        }
        if (text.length() > MAX_NAME) {
            throw EditRejected.of(EditKey.NAME_TOO_LONG, MAX_NAME);
        }
        return text;
    }

    static void id(String id) {
        if (!Ids.isValid(id)) {
            throw EditRejected.of(EditKey.INVALID_ID, String.valueOf(id));
        }
    }

    static void fte(double fte) {
        if (!(fte > 0 && fte <= Role.MAX_FTE)) {
            throw EditRejected.of(EditKey.FTE_RANGE, fte);
        }
    }

    static void finite(double value) {
        if (!Double.isFinite(value)) {
            throw EditRejected.of(EditKey.NOT_FINITE);
        }
    }

    /** A region reference: none, {@code global}, or a declared region. */
    static void region(Design design, String region) {
        if (region != null && !design.knowsRegion(region)) {
            throw EditRejected.of(EditKey.NO_REGION, region);
        }
    }

    /** A phase range: each end absent or a phase of the plan, {@code from} not after {@code to}. */
    static void phases(Design design, String from, String to) {
        int fromIndex = phase(design, from);
        int toIndex = phase(design, to);
        if (from != null && to != null && fromIndex > toIndex) {
            throw EditRejected.of(EditKey.PHASE_ORDER, from, to);
        }
    }

    private static int phase(Design design, String phase) {
        if (phase == null) {
            return -1;
        }
        int index = design.phaseIndex(phase);
        if (index < 0) {
            throw EditRejected.of(EditKey.NO_PHASE, phase);
        }
        return index;
    }

    static void capability(Design design, String capability) {
        if (design.capability(capability).isEmpty()) {
            throw EditRejected.of(EditKey.NO_CAPABILITY, capability);
        }
    }

    /** A role's team: a team card of the scenario, found through {@code cards}. */
    static void team(Function<String, Node> cards, String teamId) {
        Node team = cards.apply(teamId);
        if (team == null) {
            throw EditRejected.of(EditKey.NO_TEAM, teamId);
        }
        if (!(team instanceof Team)) {
            throw EditRejected.of(EditKey.NOT_A_TEAM, team.label());
        }
    }

    /** Room for {@code added} more cards in the design. */
    static void room(Design design, int added) {
        if ((long) Scenarios.cardCount(design) + added > MAX_CARDS) {
            throw EditRejected.of(EditKey.TOO_MANY_CARDS, MAX_CARDS);
        }
    }

    /** Every property of a new card; {@code cards} finds the scenario's cards by id. */
    static void node(Design design, Function<String, Node> cards, Node node) {
        id(node.id());
        name(node.label());
        finite(node.x());
        finite(node.y());
        if (node instanceof Team team) {
            region(design, team.region());
            phases(design, team.from(), team.to());
        } else if (node instanceof Role role) {
            if (role.team() != null) {
                team(cards, role.team());
            }
            region(design, role.region());
            fte(role.fte());
            phases(design, role.from(), role.to());
            responsibilities(design, role);
        }
    }

    private static void responsibilities(Design design, Role role) {
        Set<String> held = new HashSet<>();
        for (Responsibility responsibility : role.responsibilities()) {
            capability(design, responsibility.capability());
            if (!held.add(responsibility.capability())) {
                throw EditRejected.of(EditKey.CAPABILITY_TWICE, role.title(), responsibility.capability());
            }
        }
    }

    /**
     * A new line: both ends are cards (found through {@code cards}), it does not run from a card to
     * itself, and its pair is not in {@code pairs}, to which it is then added.
     */
    static void line(Function<String, Node> cards, Set<LineKey> pairs, Line line) {
        for (String end : new String[] {line.from(), line.to()}) {
            if (cards.apply(end) == null) {
                throw EditRejected.of(EditKey.NO_CARD, end);
            }
        }
        if (line.from().equals(line.to())) {
            throw EditRejected.of(EditKey.SELF_LINE);
        }
        if (!pairs.add(LineKey.of(line))) {
            throw EditRejected.of(EditKey.DUPLICATE_LINE,
                    cards.apply(line.from()).label(), cards.apply(line.to()).label());
        }
    }
}
