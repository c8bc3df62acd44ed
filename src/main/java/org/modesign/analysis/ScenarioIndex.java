package org.modesign.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * What the rules and metrics need to know about one scenario of a design (format.md §2),
 * computed once in O(nodes + lines + responsibilities) and held in arrays: per node its activity
 * range, team, region, up edges, direct reports and office; per capability its holders and the
 * phases they hold their letters in ({@link HeldLetters}). Nodes are numbered in file order.
 *
 * <p>An index never changes once built and may be shared between threads. The holders and the
 * executives' chains are worked out on first use (the chart's phase view needs neither); two
 * threads may both work them out, and each gets an equal, immutable answer. It expects a design
 * that {@link org.modesign.model.Integrity} accepts; on any other it does not fail: a reference
 * to nothing is ignored (a line, a team) or taken as its default (a phase, a region).
 */
public final class ScenarioIndex {

    private final DesignIndex design;
    private final Scenario scenario;
    private final Node[] nodes;
    private final Map<String, Integer> byId;
    private final int[] team;
    private final int[] from;
    private final int[] to;
    private final int[] region;
    private final int[] solidLines;
    private final boolean[] implicitUp;
    private final IntGraph up;
    private final IntGraph reports;
    /** Made on first use: see the class comment. */
    private HeldLetters letters;
    private StackIndex stack;
    private ChainTargets executives;
    private Hires hires;

    private ScenarioIndex(DesignIndex design, Scenario scenario) {
        this.design = design;
        this.scenario = scenario;
        nodes = scenario.nodes().toArray(new Node[0]);
        int n = nodes.length;
        byId = new HashMap<>(n * 2);
        Map<String, Integer> teams = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (byId.putIfAbsent(nodes[i].id(), i) == null && nodes[i] instanceof Team) {
                teams.put(nodes[i].id(), i);
            }
        }
        team = new int[n];
        from = new int[n];
        to = new int[n];
        region = new int[n];
        solidLines = new int[n];
        implicitUp = new boolean[n];
        resolveTeams(teams);
        up = upEdges();
        reports = up.reversed();
    }

    public static ScenarioIndex of(Design design, Scenario scenario) {
        return of(DesignIndex.of(design), scenario);
    }

    public static ScenarioIndex of(DesignIndex design, Scenario scenario) {
        return new ScenarioIndex(design, scenario);
    }

    /**
     * Teams, activity ranges and regions; teams first, since a role takes from its team. Roles look
     * their team up among the teams only: a small map that stays in the cache at 50,000 roles.
     */
    private void resolveTeams(Map<String, Integer> teams) {
        int last = design.phaseCount() - 1;
        for (int i = 0; i < nodes.length; i++) {
            team[i] = -1;
            region[i] = -1;
            from[i] = 0;
            to[i] = last;
            if (nodes[i] instanceof Team t) {
                from[i] = phaseOr(t.from(), 0);
                to[i] = phaseOr(t.to(), last);
                region[i] = regionOr(t.region(), DesignIndex.GLOBAL);
            }
        }
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] instanceof Role r) {
                Integer t = r.team() == null ? null : teams.get(r.team());
                team[i] = t != null ? t : -1;
                int teamRegion = team[i] >= 0 ? region[team[i]] : DesignIndex.GLOBAL;
                region[i] = regionOr(r.region(), teamRegion);
                from[i] = phaseOr(r.from(), 0);
                to[i] = phaseOr(r.to(), last);
                if (team[i] >= 0) {
                    from[i] = Math.max(from[i], from[team[i]]);
                    to[i] = Math.min(to[i], to[team[i]]);
                }
            }
        }
    }

    private int phaseOr(String id, int fallback) {
        int p = design.phaseIndex(id);
        return p >= 0 ? p : fallback;
    }

    private int regionOr(String id, int fallback) {
        int r = design.regionIndex(id);
        return r >= 0 ? r : fallback;
    }

    /** Solid lines in file order, then the implicit edge of each role with a team and no line. */
    private IntGraph upEdges() {
        List<Line> lines = scenario.lines();
        int[] src = new int[lines.size() + nodes.length];
        int[] dst = new int[src.length];
        int m = 0;
        for (Line line : lines) {
            Integer f = byId.get(line.from());
            Integer t = byId.get(line.to());
            if (line.solid() && f != null && t != null) {
                src[m] = f;
                dst[m++] = t;
                solidLines[f]++;
            }
        }
        for (int i = 0; i < nodes.length; i++) {
            if (team[i] >= 0 && solidLines[i] == 0) {
                implicitUp[i] = true;
                src[m] = i;
                dst[m++] = team[i];
            }
        }
        return IntGraph.of(nodes.length, src, dst, m);
    }

    public DesignIndex designIndex() {
        return design;
    }

    public Design design() {
        return design.design();
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The number of nodes. */
    public int size() {
        return nodes.length;
    }

    /** The index of the node with this id, or -1. */
    public int indexOf(String id) {
        return byId.getOrDefault(id, -1);
    }

    public Node node(int i) {
        return nodes[i];
    }

    public String id(int i) {
        return nodes[i].id();
    }

    public boolean isRole(int i) {
        return nodes[i] instanceof Role;
    }

    public boolean isTeam(int i) {
        return nodes[i] instanceof Team;
    }

    public boolean isExecutive(int i) {
        return nodes[i] instanceof Executive;
    }

    /** Whether the node is an executive of office {@code ceo}. */
    public boolean isCeo(int i) {
        return nodes[i] instanceof Executive e && e.office() == Office.CEO;
    }

    /** The index of the role's team, or -1 when it has none. */
    public int team(int i) {
        return team[i];
    }

    /** The first phase in which the node is active (a role: while its team is active too). */
    public int fromIdx(int i) {
        return from[i];
    }

    /** The last phase in which the node is active; before {@link #fromIdx} when never active. */
    public int toIdx(int i) {
        return to[i];
    }

    public boolean isActive(int i, int phase) {
        return from[i] <= phase && phase <= to[i];
    }

    /**
     * The effective region of a role or team as a {@link DesignIndex} region index (a role: its
     * own, else its team's, else {@code global}); -1 for an executive.
     */
    public int regionIndex(int i) {
        return region[i];
    }

    /** The effective region id of a role or team; {@code null} for an executive. */
    public String region(int i) {
        return region[i] < 0 ? null : design.regionId(region[i]);
    }

    /** The office of the first executive on the node's chain, or {@code null} for none. */
    public Office office(int i) {
        if (executives == null) {
            executives = ChainTargets.of(this, this::isExecutive);
        }
        int e = executives.target(i);
        return e < 0 ? null : ((Executive) nodes[e]).office();
    }

    /** The number of the node's up edges: its solid lines, or its implicit edge to its team. */
    public int upEdgeCount(int i) {
        return up.degree(i);
    }

    /** The {@code k}-th up edge's superior; solid lines come in file order. */
    public int upEdge(int i, int k) {
        return up.target(i, k);
    }

    /** The superior of the node's first up edge, or -1 when it has none. */
    public int firstUp(int i) {
        return up.degree(i) == 0 ? -1 : up.target(i, 0);
    }

    /** Whether the node's only up edge is the implicit one to its team. */
    public boolean hasImplicitUpEdge(int i) {
        return implicitUp[i];
    }

    /** The number of solid lines from the node upward (its own, not the implicit team edge). */
    public int solidLineCount(int i) {
        return solidLines[i];
    }

    /** The number of nodes with an up edge to {@code i}, whatever their activity. */
    public int directReportCount(int i) {
        return reports.degree(i);
    }

    /** The {@code k}-th direct report of {@code i}, reports in node order. */
    public int directReport(int i, int k) {
        return reports.target(i, k);
    }

    /** How many direct reports of {@code i} are active in phase {@code p}. */
    public int activeDirectReportCount(int i, int p) {
        int count = 0;
        for (int k = 0; k < reports.degree(i); k++) {
            if (isActive(reports.target(i, k), p)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The number of letters on capability {@code c}: of roles and executives (format-v2.md §3),
     * held in some phase or not; see {@link #letters()} for the phases in which each is held.
     */
    public int holderCount(int c) {
        return letters().count(c);
    }

    /** The holder (node index) of the {@code k}-th letter on capability {@code c}, in node order. */
    public int holder(int c, int k) {
        return letters().holder(c, k);
    }

    /** The {@code k}-th letter on capability {@code c}. */
    public Raci holderLetter(int c, int k) {
        return letters().letter(c, k);
    }

    /** The role at node index {@code i}, which must be a role. */
    public Role role(int i) {
        return (Role) nodes[i];
    }

    /** Who holds which letter on each capability, and in which phases (format-v2.md §3); made once. */
    public HeldLetters letters() {
        if (letters == null) {
            letters = HeldLetters.of(this);
        }
        return letters;
    }

    /** The roles to hire in each phase, worked out on first use and kept: the metrics, the plan and the hiring plan share them. */
    public Hires hires() {
        if (hires == null) {
            hires = Hires.of(this);
        }
        return hires;
    }

    /** The scenario's stack, indexed on first use and kept: the rules, the metrics and the plan share it. */
    public StackIndex stack() {
        if (stack == null) {
            stack = StackIndex.of(this);
        }
        return stack;
    }
}
