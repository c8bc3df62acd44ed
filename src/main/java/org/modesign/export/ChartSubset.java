package org.modesign.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * The part of a scenario a chart export draws: the nodes active in a phase (format.md §2, as
 * {@link org.modesign.analysis.ScenarioIndex#isActive} says), or only some nodes, or both, and the lines among them.
 * Computed in O(nodes + lines).
 *
 * <p>A role kept without its team keeps what its card shows: it is drawn with no member connector,
 * and, when it has no region of its own, with its team's region (as its effective region is).
 */
public final class ChartSubset {

    private ChartSubset() {
    }

    /**
     * The nodes of {@code scenario} active in {@code phase} (every phase when null) whose ids are
     * in {@code nodeIds} (all when null), in scenario order, and the lines whose two ends are kept,
     * in file order.
     */
    public static Scenario of(Design design, Scenario scenario, Phase phase, Set<String> nodeIds) {
        if (phase == null && nodeIds == null) {
            return scenario;
        }
        List<Node> nodes = scenario.nodes();
        boolean[] keep = ActiveNodes.of(design, scenario, phase);
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < keep.length; i++) {
            keep[i] &= nodeIds == null || nodeIds.contains(nodes.get(i).id());
            if (keep[i]) {
                kept.add(nodes.get(i).id());
            }
        }
        var byId = scenario.nodesById();
        List<Node> subset = new ArrayList<>(kept.size());
        for (int i = 0; i < nodes.size(); i++) {
            if (keep[i]) {
                subset.add(withoutMissingTeam(nodes.get(i), kept, byId.get(teamOf(nodes.get(i)))));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Line line : scenario.lines()) {
            if (kept.contains(line.from()) && kept.contains(line.to())) {
                lines.add(line);
            }
        }
        return scenario.withNodes(subset).withLines(lines);
    }

    private static String teamOf(Node node) {
        return node instanceof Role role ? role.team() : null;
    }

    /** The role without its team reference, carrying the team's region, when the team is not kept. */
    private static Node withoutMissingTeam(Node node, Set<String> kept, Node team) {
        if (!(node instanceof Role role) || role.team() == null || kept.contains(role.team())) {
            return node;
        }
        Role alone = role.withTeam(null);
        if (role.region() == null && team instanceof Team t) {
            alone = alone.withRegion(t.region());
        }
        return alone;
    }
}
