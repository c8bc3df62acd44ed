package org.modesign.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One alternative organisation: its nodes and reporting lines, in the user's order, and the tools
 * it deploys ({@code stack}, empty by default).
 */
public record Scenario(String id, String name, Strategy strategy, List<Node> nodes, List<Line> lines,
        List<StackEntry> stack) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
        nodes = List.copyOf(nodes);
        lines = List.copyOf(lines);
        stack = List.copyOf(stack);
    }

    /** A scenario that deploys no tool (the v1 scenario). */
    public Scenario(String id, String name, Strategy strategy, List<Node> nodes, List<Line> lines) {
        this(id, name, strategy, nodes, lines, List.of());
    }

    /** The node with this id, by a linear search; use {@link #nodesById()} for many look-ups. */
    public Optional<Node> node(String nodeId) {
        for (Node n : nodes) {
            if (n.id().equals(nodeId)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Position of the node with this id in {@link #nodes()}, or -1. */
    public int indexOfNode(String nodeId) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(nodeId)) {
                return i;
            }
        }
        return -1;
    }

    /** A new map from id to node (the first node of each id), built in one pass. */
    public Map<String, Node> nodesById() {
        Map<String, Node> map = new HashMap<>(nodes.size() * 2);
        for (Node n : nodes) {
            map.putIfAbsent(n.id(), n);
        }
        return map;
    }

    public Scenario withNodes(List<Node> newNodes) {
        return new Scenario(id, name, strategy, newNodes, lines, stack);
    }

    public Scenario withLines(List<Line> newLines) {
        return new Scenario(id, name, strategy, nodes, newLines, stack);
    }

    public Scenario withName(String newName) {
        return new Scenario(id, newName, strategy, nodes, lines, stack);
    }

    public Scenario withStrategy(Strategy newStrategy) {
        return new Scenario(id, name, newStrategy, nodes, lines, stack);
    }

    public Scenario withId(String newId) {
        return new Scenario(newId, name, strategy, nodes, lines, stack);
    }

    public Scenario withStack(List<StackEntry> newStack) {
        return new Scenario(id, name, strategy, nodes, lines, newStack);
    }
}
