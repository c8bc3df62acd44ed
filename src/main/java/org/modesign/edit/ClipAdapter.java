package org.modesign.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Fits copied cards to the scenario they are pasted into. Each copy gets a fresh id and the offset.
 * A role's team, and each team a role or executive serves on besides ({@code alsoIn}), becomes the
 * copy of that team when it is pasted too, stays when the target scenario has a team of that id,
 * and is dropped otherwise (as is a team served on that became the role's own). References the
 * target design does not know (a region, a phase, a capability: possible when pasting from another
 * design) are dropped, as is a phase range that runs backwards there; then the letters and FTE
 * changes that no longer fit (a letter sharing a phase with an earlier one of its capability, a
 * change outside the role's phases) are dropped too. Staffing, person and cost are kept. A copy
 * owns no tool deployment: the stack is not copied.
 */
final class ClipAdapter {

    private final Design design;
    private final PhaseOrder order;
    private final List<Node> nodes;
    private final Map<String, Node> targetCards;
    private final List<String> freshIds = new ArrayList<>();
    private final Map<String, String> newIds = new HashMap<>();
    private final Map<String, Node> clipCards = new HashMap<>();

    ClipAdapter(Design design, Scenario target, List<Node> nodes) {
        this.design = design;
        this.order = PhaseOrder.of(design);
        this.nodes = nodes;
        this.targetCards = target.nodesById();
        FreshIds ids = new FreshIds(targetCards.keySet());
        for (Node node : nodes) {
            String fresh = ids.next(node.id());
            freshIds.add(fresh);
            newIds.putIfAbsent(node.id(), fresh);
            clipCards.putIfAbsent(node.id(), node);
        }
    }

    /** For each id in the clip (its first card of that id), the id of its copy. */
    Map<String, String> newIds() {
        return newIds;
    }

    /** The copy of the clip's {@code index}-th card. */
    Node copy(int index, double dx, double dy) {
        Node node = nodes.get(index);
        Node moved = node.withId(freshIds.get(index)).withPosition(node.x() + dx, node.y() + dy);
        if (moved instanceof Team team) {
            String[] phases = phases(team.from(), team.to());
            return team.withRegion(region(team.region())).withPhases(phases[0], phases[1]);
        }
        if (moved instanceof Role role) {
            String[] phases = phases(role.from(), role.to());
            String team = team(role.team());
            Role placed = role.withTeam(team)
                    .withRegion(region(role.region()))
                    .withPhases(phases[0], phases[1])
                    .withAlsoIn(alsoIn(role.alsoIn(), team))
                    .withFteChanges(knownChanges(role.fteChanges()));
            placed = FteSteps.sound(order, placed);
            return placed.withResponsibilities(letters(placed, role.responsibilities()));
        }
        Executive executive = (Executive) moved;
        return executive.withAlsoIn(alsoIn(executive.alsoIn(), null))
                .withResponsibilities(letters(executive, executive.responsibilities()));
    }

    private String team(String team) {
        if (team == null) {
            return null;
        }
        if (clipCards.get(team) instanceof Team) {
            return newIds.get(team);
        }
        return targetCards.get(team) instanceof Team ? team : null;
    }

    /** The teams served on, as {@link #team} maps them, without the own team and repeats. */
    private List<String> alsoIn(List<String> teams, String ownTeam) {
        List<String> kept = new ArrayList<>(teams.size());
        for (String team : teams) {
            String mapped = team(team);
            if (mapped != null && !mapped.equals(ownTeam) && !kept.contains(mapped)) {
                kept.add(mapped);
            }
        }
        return kept;
    }

    private String region(String region) {
        return region != null && design.knowsRegion(region) ? region : null;
    }

    private String[] phases(String from, String to) {
        int fromIndex = from == null ? -1 : design.phaseIndex(from);
        int toIndex = to == null ? -1 : design.phaseIndex(to);
        if (fromIndex >= 0 && toIndex >= 0 && fromIndex > toIndex) {
            return new String[] {null, null};
        }
        return new String[] {fromIndex >= 0 ? from : null, toIndex >= 0 ? to : null};
    }

    private List<FteChange> knownChanges(List<FteChange> changes) {
        return changes.stream().filter(c -> design.phaseIndex(c.phase()) >= 0).toList();
    }

    /** The letters on capabilities of the target design, with known phases, that fit {@code holder}. */
    private List<Responsibility> letters(Node holder, List<Responsibility> held) {
        List<Responsibility> known = new ArrayList<>(held.size());
        for (Responsibility letter : held) {
            if (design.capability(letter.capability()).isPresent()) {
                String[] span = phases(letter.from(), letter.to());
                known.add(letter.withSpan(span[0], span[1]));
            }
        }
        return Letters.sound(order, holder, known);
    }
}
