package org.modesign.layout;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * The reporting tree the layout follows, by card index (scenario order): each card's parent is the
 * superior of its first solid line; a role with no solid line of its own hangs under its team (the
 * implicit up edge of format.md §2). Dotted lines, lines to missing cards and lines from a card to
 * itself are ignored. Where parents form a cycle, the cycle's first card in scenario order becomes a
 * root, so every card is reached from exactly one root. Built in O(cards + lines).
 */
final class Forest {

    private final List<Node> nodes;
    private final int[] parent;

    private Forest(List<Node> nodes, int[] parent) {
        this.nodes = nodes;
        this.parent = parent;
    }

    static Forest of(Scenario scenario) {
        List<Node> nodes = scenario.nodes();
        Map<String, Integer> index = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            index.putIfAbsent(nodes.get(i).id(), i);
        }
        int[] parent = new int[nodes.size()];
        Arrays.fill(parent, -1);
        for (Line line : scenario.lines()) {
            Integer from = index.get(line.from());
            Integer to = index.get(line.to());
            if (line.solid() && from != null && to != null && !from.equals(to) && parent[from] < 0) {
                parent[from] = to;
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (parent[i] < 0 && nodes.get(i) instanceof Role role && role.team() != null) {
                Integer team = index.get(role.team());
                if (team != null && team != i && nodes.get(team) instanceof Team) {
                    parent[i] = team;
                }
            }
        }
        breakCycles(parent);
        return new Forest(nodes, parent);
    }

    /** Makes the lowest index of every cycle of {@code parent} a root; O(n). */
    private static void breakCycles(int[] parent) {
        int[] walk = new int[parent.length];
        for (int start = 0; start < parent.length; start++) {
            int node = start;
            while (node >= 0 && walk[node] == 0) {
                walk[node] = start + 1;
                node = parent[node];
            }
            if (node >= 0 && walk[node] == start + 1) {
                int lowest = node;
                for (int k = parent[node]; k != node; k = parent[k]) {
                    lowest = Math.min(lowest, k);
                }
                parent[lowest] = -1;
            }
        }
    }

    int size() {
        return parent.length;
    }

    Node node(int index) {
        return nodes.get(index);
    }

    /** The parent's index, or -1 for a root. */
    int parent(int index) {
        return parent[index];
    }
}
