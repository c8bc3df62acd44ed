package org.modesign.edit;

import java.util.List;
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
 * The local checks that keep every edit inside what the loader accepts (format.md §1 and
 * format-v2.md §2, §7: the same rules as {@link org.modesign.model.Integrity}), each in O(1) or
 * O(size of the catalogue), so that a command need not re-check the whole design. Each throws
 * {@link EditRejected}.
 */
final class Rules {

    /** The longest name or title an edit accepts; far below the loader's 64 KiB string limit. */
    static final int MAX_NAME = 1_000;
    /**
     * The longest free text an edit accepts (a mission, a note, a goal, a measure): enough for a
     * page of prose, far below the loader's 64 KiB string limit.
     */
    static final int MAX_TEXT = 10_000;
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

    /** A free text that may be empty ({@code null} reads as empty), at most {@link #MAX_TEXT} characters. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() > MAX_TEXT) {
            throw EditRejected.of(EditKey.TEXT_TOO_LONG, MAX_TEXT);
        }
        return text;
    }

    /** A yearly cost: a finite number of at least 0. */
    static double cost(double cost) {
        if (!(cost >= 0 && Double.isFinite(cost))) {
            throw EditRejected.of(EditKey.COST_RANGE, cost);
        }
        return cost;
    }

    /** The person in a position: at most {@link Role#MAX_PERSON_CHARS} characters ({@code null} reads as none). */
    static String person(String person) {
        if (person == null) {
            return "";
        }
        if (person.codePointCount(0, person.length()) > Role.MAX_PERSON_CHARS) {
            throw EditRejected.of(EditKey.PERSON_TOO_LONG, Role.MAX_PERSON_CHARS);
        }
        return person;
    }

    /** A role's person and staffing agree: a position with a person in it is filled. */
    static void position(Role role) {
        if (!role.person().isEmpty() && role.staffing().vacant()) {
            throw EditRejected.of(EditKey.PERSON_ON_VACANCY, role.title());
        }
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

    /** A card that a holder may also serve on: a team of the scenario (through {@code cards}). */
    static void servedTeam(Function<String, Node> cards, String teamId) {
        Node team = cards.apply(teamId);
        if (team == null) {
            throw EditRejected.of(EditKey.NO_TEAM, teamId);
        }
        if (!(team instanceof Team)) {
            throw EditRejected.of(EditKey.NOT_TEAM_CARD, team.label());
        }
    }

    /**
     * The teams {@code holder} serves on besides its own: teams of the scenario, never a role's
     * own team, each once.
     */
    static void alsoIn(Function<String, Node> cards, Node holder) {
        List<String> teams = Holders.alsoIn(holder);
        String own = holder instanceof Role role ? role.team() : null;
        for (int i = 0; i < teams.size(); i++) {
            String team = teams.get(i);
            servedTeam(cards, team);
            if (team.equals(own)) {
                throw EditRejected.of(EditKey.OWN_TEAM, holder.label(), cards.apply(team).label());
            }
            if (teams.subList(0, i).contains(team)) {
                throw EditRejected.of(EditKey.SERVES_ALREADY, holder.label(), cards.apply(team).label());
            }
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
            person(role.person());
            position(role);
            if (role.cost() != null) {
                cost(role.cost());
            }
            FteSteps.check(PhaseOrder.of(design), role, role.fteChanges());
        }
        if (Holders.isHolder(node)) {
            letters(design, node, Holders.letters(node));
            alsoIn(cards, node);
        }
    }

    /** The letters {@code holder} would hold: capabilities of the catalogue, sound spans, no overlap. */
    static void letters(Design design, Node holder, List<Responsibility> letters) {
        for (Responsibility letter : letters) {
            capability(design, letter.capability());
        }
        Letters.check(PhaseOrder.of(design), holder, letters);
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
