package org.modesign.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Workforce;
import org.modesign.export.ChartPicture;
import org.modesign.export.ChartSubset;
import org.modesign.export.ExportFolds;
import org.modesign.export.FoldedChart;
import org.modesign.layout.Folding;
import org.modesign.layout.Point;
import org.modesign.layout.TreeLayout;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.render.ChartScene;

/**
 * The chart of a scenario at a phase, as the report shows it: the whole chart when it reads on one
 * page; else its top levels (as many as read on one page, laid out afresh as a tree) and a table of
 * its teams, the largest first: a design of ten thousand roles gives a few overview pages, not one
 * unreadable page or hundreds of tiles.
 */
final class PhaseCharts {

    /** The most cards the top levels may show. */
    static final int TOP_CARDS = 120;
    /**
     * More cards than this never read whole on one page: a card is at least 200 × 56 chart units,
     * and a page's chart area holds about 2,000 × 1,400 units at the least readable scale, room
     * for some 250 cards side by side. Such a chart is not laid out whole only to be measured.
     */
    static final int MAX_WHOLE = 600;
    /** The most teams the table lists; the rest are counted. */
    static final int TEAM_ROWS = 40;

    private final Design design;
    private final ScenarioFacts facts;
    private final ReportWords words;
    private final Rows rows;

    PhaseCharts(Design design, ScenarioFacts facts, ReportWords words) {
        this.design = design;
        this.facts = facts;
        this.words = words;
        this.rows = new Rows(design, words);
    }

    /** The blocks that show the chart at phase {@code p}. */
    List<Block> of(int p) {
        Phase phase = design.phases().get(p);
        Scenario shown = ChartSubset.of(design, facts.scenario(), phase, null);
        String caption = words.get(ReportText.CHART, phase.name());
        if (shown.nodes().isEmpty()) {
            return List.of(new Block.Subheading(caption), Block.Paragraph.note(words.get(ReportText.CHART_EMPTY)));
        }
        if (shown.nodes().size() <= MAX_WHOLE) {
            ChartScene whole = ChartScene.of(design, shown);
            if (ChartPicture.readable(whole, ReportPage.CHART_WIDTH, ReportPage.CHART_HEIGHT)) {
                return List.of(new Block.Chart(caption, "", whole));
            }
        }
        List<Block> blocks = new ArrayList<>();
        top(p, shown.nodes().size(), caption, blocks);
        blocks.add(new Block.Subheading(words.get(ReportText.TEAMS, phase.name())));
        blocks.add(teams(p));
        return blocks;
    }

    /** The top levels that read on one page, laid out afresh, each card at the cut with the roll-up of its branch. */
    private void top(int p, int cards, String caption, List<Block> blocks) {
        int[] depth = depths(p);
        int deepest = Arrays.stream(depth).max().orElse(0);
        ChartScene best = null;
        int levels = 0;
        int shownCards = 0;
        for (int d = 0; d <= deepest; d++) {
            Set<String> ids = upTo(depth, d);
            if (ids.size() > TOP_CARDS && best != null) {
                break;
            }
            ChartScene scene = withRollUps(p, ids);
            if (scene == null) {
                scene = laidOut(design, ChartSubset.of(design, facts.scenario(), design.phases().get(p), ids));
            }
            if (best != null && !ChartPicture.readable(scene, ReportPage.CHART_WIDTH, ReportPage.CHART_HEIGHT)) {
                break;
            }
            best = scene;
            levels = d + 1;
            shownCards = ids.size();
            if (ids.size() > TOP_CARDS) {
                break;
            }
        }
        blocks.add(new Block.Chart(caption, words.get(ReportText.CHART_TOP, cards, levels, shownCards), best));
    }

    /**
     * The cards of {@code top} with what lies below them as roll-up cards, as the editor shows a
     * large design folded below its top levels (laid out compactly around the roll-ups); null when
     * nothing lies below.
     */
    private ChartScene withRollUps(int p, Set<String> top) {
        Phase phase = design.phases().get(p);
        Folding folding = Folding.of(ChartSubset.of(design, facts.scenario(), phase, null));
        int n = folding.size();
        boolean[] kidOnTop = new boolean[n];
        for (int u = 0; u < n; u++) {
            if (folding.parent(u) >= 0 && top.contains(folding.id(u))) {
                kidOnTop[folding.parent(u)] = true;
            }
        }
        Set<String> collapsed = new HashSet<>();
        for (String id : top) {
            int v = folding.indexOf(id);
            if (v >= 0 && folding.foldable(v) && !kidOnTop[v]) {
                collapsed.add(id);
            }
        }
        Folding.Folded folded = folding.fold(collapsed);
        if (!folded.any()) {
            return null;
        }
        Set<String> kept = new HashSet<>(top);
        for (int v = 0; v < n; v++) {
            if (folded.hidden(v)) {
                kept.add(folding.id(v));
            }
        }
        Scenario scenario = ChartSubset.of(design, facts.scenario(), phase, kept);
        return FoldedChart.scene(design, scenario, phase, null, new ExportFolds(collapsed, true), facts.findings());
    }

    /** The ids of the active nodes at most {@code d} levels below a top (at most {@link #TOP_CARDS} + 1 of them). */
    private Set<String> upTo(int[] depth, int d) {
        Set<String> ids = new HashSet<>();
        for (int v = 0; v < depth.length && ids.size() <= TOP_CARDS; v++) {
            if (depth[v] >= 0 && depth[v] <= d) {
                ids.add(facts.index().id(v));
            }
        }
        return ids;
    }

    /** Each node's distance from the top of its chain by first up edges; -1 for nodes not active in {@code p}. */
    private int[] depths(int p) {
        ScenarioIndex index = facts.index();
        int n = index.size();
        int[] depth = new int[n];
        Arrays.fill(depth, Integer.MIN_VALUE);
        int[] chain = new int[n];
        for (int v = 0; v < n; v++) {
            int length = 0;
            int u = v;
            while (u >= 0 && depth[u] == Integer.MIN_VALUE && length < n) {
                chain[length++] = u;
                depth[u] = Integer.MAX_VALUE; // on the chain being walked: a cycle ends it here
                u = index.firstUp(u);
            }
            int base = u < 0 || depth[u] == Integer.MAX_VALUE ? -1 : depth[u];
            for (int k = length - 1; k >= 0; k--) {
                depth[chain[k]] = ++base;
            }
        }
        for (int v = 0; v < n; v++) {
            if (!index.isActive(v, p)) {
                depth[v] = -1;
            }
        }
        return depth;
    }

    /** {@code scenario} with its cards placed as the editor's automatic layout places them. */
    static ChartScene laidOut(Design design, Scenario scenario) {
        Map<String, Point> positions = TreeLayout.standard().layout(scenario).positions();
        List<Node> nodes = new ArrayList<>(scenario.nodes().size());
        for (Node node : scenario.nodes()) {
            Point point = positions.get(node.id());
            nodes.add(point == null ? node : node.withPosition(point.x(), point.y()));
        }
        return ChartScene.of(design, scenario.withNodes(nodes));
    }

    /** The teams active in phase {@code p}, the largest by FTE first: roles, FTE and vacant FTE of their members. */
    private Block.Table teams(int p) {
        ScenarioIndex index = facts.index();
        Workforce workforce = facts.workforce();
        int n = index.size();
        int[] roles = new int[n];
        double[] fte = new double[n];
        double[] vacant = new double[n];
        for (int v = 0; v < n; v++) {
            int team = index.team(v);
            if (team >= 0 && index.isRole(v) && index.isActive(v, p)) {
                roles[team]++;
                fte[team] += workforce.fte(v, p);
                vacant[team] += workforce.isVacant(v) ? workforce.fte(v, p) : 0;
            }
        }
        List<Integer> teams = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            if (index.isTeam(t) && index.isActive(t, p)) {
                teams.add(t);
            }
        }
        teams.sort((a, b) -> fte[a] != fte[b] ? Double.compare(fte[b], fte[a]) : Integer.compare(a, b));
        List<List<String>> cells = new ArrayList<>();
        for (int t : teams.subList(0, Math.min(TEAM_ROWS, teams.size()))) {
            cells.add(List.of(index.node(t).label(), rows.region(index.region(t)), words.number(roles[t]),
                    words.number(fte[t]), words.number(vacant[t])));
        }
        if (teams.size() > TEAM_ROWS) {
            cells.add(List.of(words.get(ReportText.MORE, teams.size() - TEAM_ROWS), "", "", "", ""));
        }
        return new Block.Table(List.of(words.get(ReportText.TEAM), words.get(ReportText.REGION),
                words.get(ReportText.ROLES), words.get(ReportText.FTE), words.get(ReportText.OPEN_FTE)), cells,
                List.of(false, false, true, true, true));
    }
}
