package org.modesign.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Fits copied cards to the scenario they are pasted into. Each copy gets a fresh id and the offset.
 * A role's team becomes the copy of its team when that team is pasted too, stays when the target
 * scenario has a team of that id, and is cleared otherwise. References the target design does not
 * know (a region, a phase, a capability: possible when pasting from another design) are dropped,
 * as is a phase range that runs backwards there.
 */
final class ClipAdapter {

    private final Design design;
    private final List<Node> nodes;
    private final Map<String, Node> targetCards;
    private final List<String> freshIds = new ArrayList<>();
    private final Map<String, String> newIds = new HashMap<>();
    private final Map<String, Node> clipCards = new HashMap<>();

    ClipAdapter(Design design, Scenario target, List<Node> nodes) {
        this.design = design;
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
            return role.withTeam(team(role.team()))
                    .withRegion(region(role.region()))
                    .withPhases(phases[0], phases[1])
                    .withResponsibilities(responsibilities(role.responsibilities()));
        }
        return moved;
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

    private List<Responsibility> responsibilities(List<Responsibility> held) {
        Map<String, Responsibility> kept = new LinkedHashMap<>();
        for (Responsibility responsibility : held) {
            if (design.capability(responsibility.capability()).isPresent()) {
                kept.putIfAbsent(responsibility.capability(), responsibility);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
