package org.modesign.find;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * A card's branch: the card, everyone who reports to it along solid lines (however many levels
 * down), and the members of every team in it. Dotted lines are advice, not reporting, and do not
 * count. Linear in the scenario's cards and lines.
 */
public final class Branch {

    private Branch() {
    }

    /** The ids of {@code rootId}'s branch, the root first; empty when the scenario has no such card. */
    public static List<String> below(Scenario scenario, String rootId) {
        if (scenario.node(rootId).isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> under = new HashMap<>();
        for (Line line : scenario.lines()) {
            if (line.style() == LineStyle.SOLID) {
                under.computeIfAbsent(line.to(), k -> new ArrayList<>()).add(line.from());
            }
        }
        for (Node node : scenario.nodes()) {
            if (node instanceof Role role && role.team() != null) {
                under.computeIfAbsent(role.team(), k -> new ArrayList<>()).add(role.id());
            }
        }
        Set<String> branch = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(rootId));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (branch.add(id)) {
                todo.addAll(under.getOrDefault(id, List.of()));
            }
        }
        return List.copyOf(branch);
    }
}
