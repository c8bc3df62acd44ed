package org.modesign.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.modesign.layout.Folding;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * A scenario as the outline shows it: the chart's own reporting tree ({@link Folding}: a card under
 * the superior of its solid line, a role without one under its team), each card's children in the
 * chart's order (left to right, then top to bottom), and the cards shown a second time, muted, under
 * another card: a dotted line's subordinate under its superior, a member under its team when it
 * reports elsewhere, and a card under each team it also serves on. Cards are numbered in scenario
 * order. Built in O(cards log cards + lines).
 */
public final class OutlineTree {

    private static final int[] NONE = new int[0];

    private final Scenario scenario;
    private final Folding folding;
    private final int[] roots;
    private final int[][] children;
    private final int[][] also;
    /** The titles in lower case, for the filter: made at the first filter (the outline opens without them). */
    private String[] words;
    private final int secondary;

    private OutlineTree(Scenario scenario) {
        this.scenario = scenario;
        this.folding = Folding.of(scenario);
        int n = folding.size();
        List<Node> nodes = scenario.nodes();
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] counts = new int[n];
        int rootCount = 0;
        for (int v = 0; v < n; v++) {
            xs[v] = nodes.get(v).x();
            ys[v] = nodes.get(v).y();
            if (folding.parent(v) >= 0) {
                counts[folding.parent(v)]++;
            } else {
                rootCount++;
            }
        }
        children = new int[n][];
        for (int v = 0; v < n; v++) {
            children[v] = counts[v] == 0 ? NONE : new int[counts[v]];
        }
        roots = new int[rootCount];
        int[] fill = new int[n];
        int r = 0;
        for (int v = 0; v < n; v++) {
            int p = folding.parent(v);
            if (p >= 0) {
                children[p][fill[p]++] = v;
            } else {
                roots[r++] = v;
            }
        }
        ChartOrder order = new ChartOrder(xs, ys);
        order.sort(roots);
        for (int[] siblings : children) {
            order.sort(siblings);
        }
        also = secondEntries(scenario, nodes);
        int count = 0;
        for (int[] entries : also) {
            count += entries.length;
        }
        secondary = count;
    }

    /** The outline of {@code scenario}. */
    public static OutlineTree of(Scenario scenario) {
        return new OutlineTree(scenario);
    }

    /** The cards shown a second time under each card, in the order of the lines and of the cards. */
    private int[][] secondEntries(Scenario scenario, List<Node> nodes) {
        int n = nodes.size();
        List<List<Integer>> under = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            under.add(null);
        }
        Set<Long> seen = new HashSet<>();
        for (Line line : scenario.lines()) {
            if (line.style() == LineStyle.DOTTED) {
                addSecond(under, seen, folding.indexOf(line.from()), folding.indexOf(line.to()));
            }
        }
        for (int v = 0; v < n; v++) {
            Node node = nodes.get(v);
            if (node instanceof Role role && role.team() != null) {
                addSecond(under, seen, v, folding.indexOf(role.team()));
            }
            for (String team : alsoIn(node)) {
                addSecond(under, seen, v, folding.indexOf(team));
            }
        }
        int[][] result = new int[n][];
        for (int v = 0; v < n; v++) {
            List<Integer> list = under.get(v);
            result[v] = list == null ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    private static List<String> alsoIn(Node node) {
        if (node instanceof Role role) {
            return role.alsoIn();
        }
        if (node instanceof org.modesign.model.Executive executive) {
            return executive.alsoIn();
        }
        return List.of();
    }

    private void addSecond(List<List<Integer>> under, Set<Long> seen, int card, int host) {
        if (card < 0 || host < 0 || card == host || folding.parent(card) == host
                || !seen.add((long) card * Integer.MAX_VALUE + host)) {
            return;
        }
        if (under.get(host) == null) {
            under.set(host, new ArrayList<>(2));
        }
        under.get(host).add(card);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The chart's branches of the same scenario (for the roll-ups). */
    public Folding folding() {
        return folding;
    }

    /** How many cards (each shown once as itself; see {@link #secondaryCount()} for the second entries). */
    public int size() {
        return folding.size();
    }

    public Node node(int v) {
        return scenario.nodes().get(v);
    }

    public String id(int v) {
        return folding.id(v);
    }

    /** The card's number, or -1. */
    public int indexOf(String id) {
        return folding.indexOf(id);
    }

    /** The card above {@code v}, or -1 for a top card. */
    public int parent(int v) {
        return folding.parent(v);
    }

    /** The top cards (no superior), in the chart's order. */
    public int[] roots() {
        return roots.clone();
    }

    /** The cards directly below {@code v}, in the chart's order. */
    public int[] children(int v) {
        return children[v].clone();
    }

    /** The {@code k}th card directly below {@code v}. */
    public int child(int v, int k) {
        return children[v][k];
    }

    /** How many cards are directly below {@code v}. */
    public int childCount(int v) {
        return children[v].length;
    }

    /** The cards shown a second time (muted) under {@code v}. */
    public int[] secondEntries(int v) {
        return also[v].clone();
    }

    /** How many second entries the outline holds. */
    public int secondaryCount() {
        return secondary;
    }

    /** Whether {@code above} is {@code v} or a card above it. */
    public boolean isAtOrAbove(int above, int v) {
        for (int u = v; u >= 0; u = parent(u)) {
            if (u == above) {
                return true;
            }
        }
        return false;
    }

    /** The cards from the top down to {@code v}, {@code v} last. */
    public int[] path(int v) {
        int depth = 0;
        for (int u = v; u >= 0; u = parent(u)) {
            depth++;
        }
        int[] path = new int[depth];
        for (int u = v; u >= 0; u = parent(u)) {
            path[--depth] = u;
        }
        return path;
    }

    /**
     * Whether card {@code v} may be put under card {@code target}: not under itself or a card below
     * it, not under the card it is under already, and only a role into a team.
     */
    public boolean canMoveUnder(int v, int target) {
        if (v < 0 || target < 0 || isAtOrAbove(v, target) || parent(v) == target) {
            return false;
        }
        return !(node(target) instanceof Team) || node(v) instanceof Role;
    }

    /** The cards whose title or name holds {@code query} (any case), and the cards above them. */
    public OutlineFilter filter(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        int n = size();
        if (q.isEmpty()) {
            return OutlineFilter.all(n);
        }
        String[] lower = words();
        boolean[] matches = new boolean[n];
        boolean[] shown = new boolean[n];
        int count = 0;
        for (int v = 0; v < n; v++) {
            if (lower[v].contains(q)) {
                matches[v] = true;
                count++;
                for (int u = v; u >= 0 && !shown[u]; u = parent(u)) {
                    shown[u] = true;
                }
            }
        }
        return new OutlineFilter(q, matches, shown, count);
    }

    private synchronized String[] words() {
        if (words == null) {
            String[] lower = new String[size()];
            for (int v = 0; v < lower.length; v++) {
                lower[v] = scenario.nodes().get(v).label().toLowerCase(Locale.ROOT);
            }
            words = lower;
        }
        return words;
    }
}
