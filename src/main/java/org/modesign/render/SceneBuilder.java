package org.modesign.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/** Builds a {@link ChartScene} from a design's scenario in O(nodes + lines). */
final class SceneBuilder {

    private final Design design;
    private final Scenario scenario;
    private final List<Node> nodes;
    private final Map<String, Integer> indexById;
    /** Per card number, whether it is left off the chart (folded away); see {@link ChartScene#of(Design, Scenario, boolean[])}. */
    private final boolean[] absent;

    SceneBuilder(Design design, Scenario scenario) {
        this(design, scenario, ChartScene.NO_CARDS);
    }

    SceneBuilder(Design design, Scenario scenario, boolean[] absent) {
        this.absent = absent;
        this.design = design;
        this.scenario = scenario;
        this.nodes = scenario.nodes();
        this.indexById = new HashMap<>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            indexById.putIfAbsent(nodes.get(i).id(), i);
        }
    }

    ChartScene build() {
        int n = nodes.size();
        double[] boxes = new double[4 * n];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            boxes[4 * i] = node.x();
            boxes[4 * i + 1] = node.y();
            boxes[4 * i + 2] = node.x() + CardMetrics.width(node.type());
            boxes[4 * i + 3] = node.y() + CardMetrics.height(node.type());
        }
        SpatialGrid cards = SpatialGrid.build(boxes, n, absent);
        SceneLines lines = lines(cards);
        double[] segmentBoxes = new double[4 * LineRoute.MAX_SEGMENTS * lines.count()];
        for (int line = 0; line < lines.count(); line++) {
            lines.route(line).writeSegmentBoxes(segmentBoxes, 4 * LineRoute.MAX_SEGMENTS * line);
        }
        SpatialGrid segments = SpatialGrid.build(segmentBoxes, LineRoute.MAX_SEGMENTS * lines.count());
        return new ChartScene(nodes, scenario.lines(), design.regions(), indexById, facts(), cards, lines, segments,
                absent);
    }

    /** The scenario's lines, then a member connector for each role in a team with no solid line of its own. */
    private SceneLines lines(SpatialGrid cards) {
        List<Line> modelLines = scenario.lines();
        int[] memberOf = memberships();
        int members = 0;
        for (int team : memberOf) {
            members += team >= 0 ? 1 : 0;
        }
        int count = modelLines.size() + members;
        int[] from = new int[count];
        int[] to = new int[count];
        LineKind[] kinds = new LineKind[count];
        for (int line = 0; line < modelLines.size(); line++) {
            Line model = modelLines.get(line);
            from[line] = index(model.from());
            to[line] = index(model.to());
            kinds[line] = LineKind.of(model.style());
        }
        int next = modelLines.size();
        for (int i = 0; i < nodes.size(); i++) {
            if (memberOf[i] >= 0) {
                from[next] = i;
                to[next] = memberOf[i];
                kinds[next++] = LineKind.MEMBER;
            }
        }
        LineRoute[] routes = new LineRoute[count];
        LineRouter router = new LineRouter(cards, absent);
        for (int line = 0; line < count; line++) {
            boolean drawable = from[line] >= 0 && to[line] >= 0 && from[line] != to[line]
                    && !ChartScene.absent(absent, from[line]) && !ChartScene.absent(absent, to[line]);
            routes[line] = drawable ? router.route(from[line], to[line]) : LineRoute.NONE;
        }
        return SceneLines.of(from, to, kinds, routes, modelLines.size(), nodes.size());
    }

    /**
     * Per node the number of the team it is drawn as a member of, or -1: a role in a team with no
     * solid line of its own (its implicit up edge, format.md §2).
     */
    private int[] memberships() {
        boolean[] hasSolidUp = new boolean[nodes.size()];
        for (Line line : scenario.lines()) {
            int from = index(line.from());
            if (line.solid() && from >= 0) {
                hasSolidUp[from] = true;
            }
        }
        int[] memberOf = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            memberOf[i] = hasSolidUp[i] ? -1 : teamIndex(nodes.get(i));
        }
        return memberOf;
    }

    /** The regions' names, and each team's members and their FTE: one pass over the nodes. */
    private CardFacts facts() {
        int[] members = new int[nodes.size()];
        double[] fte = new double[nodes.size()];
        for (Node node : nodes) {
            if (node instanceof Role role) {
                count(teamIndex(role), role.fte(), members, fte);
                for (String team : role.alsoIn()) {
                    count(index(team), role.fte(), members, fte);
                }
            } else if (node instanceof org.modesign.model.Executive executive) {
                for (String team : executive.alsoIn()) {
                    count(index(team), 0, members, fte);
                }
            }
        }
        return new CardFacts(regionNames(), members, fte, listed(),
                OwnedTools.count(scenario.stack(), indexById, nodes.size()));
    }

    /**
     * For each committee or squad (drawn apart from the reporting teams), the numbers of the cards
     * that serve on it, in the scenario's order: its own roles, then those that also serve on it.
     */
    private int[][] listed() {
        int[][] listed = new int[nodes.size()][];
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            int own = teamIndex(node);
            if (own >= 0 && PeopleLook.apart(((Team) nodes.get(own)).kind())) {
                members.computeIfAbsent(own, k -> new java.util.ArrayList<>()).add(i);
            }
            List<String> also = node instanceof Role role ? role.alsoIn()
                    : node instanceof org.modesign.model.Executive executive ? executive.alsoIn() : List.of();
            for (String id : also) {
                int team = index(id);
                if (team >= 0 && team != own && nodes.get(team) instanceof Team t && PeopleLook.apart(t.kind())) {
                    members.computeIfAbsent(team, k -> new java.util.ArrayList<>()).add(i);
                }
            }
        }
        members.forEach((team, list) -> listed[team] = list.stream().mapToInt(Integer::intValue).toArray());
        return listed;
    }

    private void count(int team, double roleFte, int[] members, double[] fte) {
        if (team >= 0 && nodes.get(team) instanceof Team) {
            members[team]++;
            fte[team] += roleFte;
        }
    }

    /** Per node the name of its declared region (a role's own, else its team's), null for global. */
    private String[] regionNames() {
        Map<String, String> names = new HashMap<>();
        for (Region region : design.regions()) {
            names.put(region.id(), region.name());
        }
        String[] result = new String[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            String region = regionOf(nodes.get(i));
            if (region != null && !Region.GLOBAL.equals(region)) {
                result[i] = names.getOrDefault(region, region);
            }
        }
        return result;
    }

    private String regionOf(Node node) {
        if (node instanceof Team team) {
            return team.effectiveRegion();
        }
        if (node instanceof Role role) {
            if (role.region() != null) {
                return role.region();
            }
            int team = teamIndex(role);
            return team >= 0 ? ((Team) nodes.get(team)).effectiveRegion() : null;
        }
        return null;
    }

    /** The number of the role's team node, or -1 (no team, or the id names no team). */
    private int teamIndex(Node node) {
        if (node instanceof Role role && role.team() != null) {
            int team = index(role.team());
            return team >= 0 && nodes.get(team) instanceof Team ? team : -1;
        }
        return -1;
    }

    private int index(String id) {
        Integer index = indexById.get(id);
        return index == null ? -1 : index;
    }
}
