package org.modesign.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * Keeps a card that was put down from covering another: the nearest spot clear of the other cards
 * ({@link FreeSpot}'s search order: the place itself, then below or beside it). Cards named in
 * {@code moving} are the ones being put down and do not count as obstacles, except those already
 * settled in {@link #clear(Scenario, Map, Spacing)}. O(cards) per call, for one card or a group.
 */
public final class Nudge {

    private Nudge() {
    }

    /** The top-left corner nearest to ({@code x}, {@code y}) where a card covers none of the others. */
    public static Point clear(Scenario scenario, Set<String> moving, double x, double y, Spacing spacing) {
        return FreeSpot.near(others(scenario, moving, Map.of()), x, y, spacing);
    }

    /**
     * The places of cards put down together at {@code wanted} (id to top-left corner), each moved
     * to the nearest spot where it covers no other card (neither one left where it was nor one of
     * the group settled before it), in the iteration order of {@code wanted}. A group that keeps its cards
     * apart and covers nothing stays exactly where it was put.
     */
    public static Map<String, Point> clear(Scenario scenario, Map<String, Point> wanted, Spacing spacing) {
        Map<String, Node> byId = scenario.nodesById();
        FreeSpot free = new FreeSpot(others(scenario, wanted.keySet(), Map.of()), spacing);
        Map<String, Point> settled = new LinkedHashMap<>();
        for (Map.Entry<String, Point> entry : wanted.entrySet()) {
            Point at = free.find(entry.getValue().x(), entry.getValue().y());
            settled.put(entry.getKey(), at);
            Node node = byId.get(entry.getKey());
            if (node != null) {
                free.add(node.withPosition(at.x(), at.y()));
            }
        }
        return settled;
    }

    /** The scenario without the {@code moving} cards, except those {@code settled} (at their new place). */
    private static Scenario others(Scenario scenario, Set<String> moving, Map<String, Point> settled) {
        List<Node> nodes = new ArrayList<>(scenario.nodes().size());
        for (Node node : scenario.nodes()) {
            Point at = settled.get(node.id());
            if (at != null) {
                nodes.add(node.withPosition(at.x(), at.y()));
            } else if (!moving.contains(node.id())) {
                nodes.add(node);
            }
        }
        return scenario.withNodes(nodes);
    }
}
