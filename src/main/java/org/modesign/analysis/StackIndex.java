package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;

/**
 * The tools a scenario deploys (format-v2.md §3, §7), in arrays: per stack entry its tool, region,
 * owner and the phases it is active in (its own {@code from..to} only), and per capability the
 * entries whose tool serves it. Built in O(tools + entries × capabilities a tool serves). Like
 * {@link ScenarioIndex}, it expects a design that {@link org.modesign.model.Integrity} accepts and
 * does not fail on another: an entry of an unknown tool is left out, an unknown region is taken as
 * {@code global}, an unknown owner as none.
 */
public final class StackIndex {

    private final ScenarioIndex index;
    private final Tool[] tools;
    private final int[] toolRank;
    private final int[] toolAtRank;
    private final List<StackEntry> entries = new ArrayList<>();
    private final int[] tool;
    private final int[] region;
    private final int[] owner;
    private final int[] from;
    private final int[] to;
    private final int[] servingStart;
    private final int[] serving;

    private StackIndex(ScenarioIndex index) {
        this.index = index;
        DesignIndex design = index.designIndex();
        tools = index.design().tools().toArray(new Tool[0]);
        Map<String, Integer> toolIds = new HashMap<>(tools.length * 2);
        for (int t = 0; t < tools.length; t++) {
            toolIds.putIfAbsent(tools[t].id(), t);
        }
        toolRank = ranks(tools);
        toolAtRank = new int[tools.length];
        for (int t = 0; t < tools.length; t++) {
            toolAtRank[toolRank[t]] = t;
        }
        List<StackEntry> stack = index.scenario().stack();
        int n = 0;
        int[] toolOf = new int[stack.size()];
        for (StackEntry entry : stack) {
            Integer t = toolIds.get(entry.tool());
            if (t != null) {
                toolOf[n++] = t;
                entries.add(entry);
            }
        }
        tool = Arrays.copyOf(toolOf, n);
        region = new int[n];
        owner = new int[n];
        from = new int[n];
        to = new int[n];
        int last = design.phaseCount() - 1;
        for (int e = 0; e < n; e++) {
            StackEntry entry = entries.get(e);
            region[e] = Math.max(design.regionIndex(entry.region()), DesignIndex.GLOBAL);
            owner[e] = entry.owner() == null ? -1 : index.indexOf(entry.owner());
            int f = design.phaseIndex(entry.from());
            int t = design.phaseIndex(entry.to());
            from[e] = f >= 0 ? f : 0;
            to[e] = t >= 0 ? t : last;
        }
        int[][] served = new int[tools.length][];
        servingStart = new int[design.capabilityCount() + 1];
        for (int t = 0; t < tools.length; t++) {
            served[t] = tools[t].capabilities().stream().mapToInt(design::capabilityIndex).filter(c -> c >= 0)
                    .distinct().toArray();
        }
        for (int e = 0; e < n; e++) {
            for (int c : served[tool[e]]) {
                servingStart[c + 1]++;
            }
        }
        for (int c = 0; c + 1 < servingStart.length; c++) {
            servingStart[c + 1] += servingStart[c];
        }
        serving = new int[servingStart[servingStart.length - 1]];
        int[] next = Arrays.copyOf(servingStart, servingStart.length);
        for (int e = 0; e < n; e++) {
            for (int c : served[tool[e]]) {
                serving[next[c]++] = e;
            }
        }
    }

    /** Each tool's position among all tool ids sorted by code point. */
    private static int[] ranks(Tool[] tools) {
        int[] order = IntStream.range(0, tools.length).boxed()
                .sorted((a, b) -> CodePointOrder.compare(tools[a].id(), tools[b].id()))
                .mapToInt(Integer::intValue).toArray();
        int[] rank = new int[tools.length];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }

    public static StackIndex of(ScenarioIndex index) {
        return new StackIndex(index);
    }

    /** The scenario's index. */
    public ScenarioIndex index() {
        return index;
    }

    /** The number of tools in the design's catalogue. */
    public int toolCount() {
        return tools.length;
    }

    /** The {@code t}-th tool of the catalogue. */
    public Tool catalogueTool(int t) {
        return tools[t];
    }

    /** The position of tool {@code t}'s id among all tool ids, by code point. */
    public int toolRank(int t) {
        return toolRank[t];
    }

    /** The catalogue position of the tool whose id comes {@code rank}-th by code point. */
    public int toolAtRank(int rank) {
        return toolAtRank[rank];
    }

    /** The number of stack entries (of known tools), in the scenario's order. */
    public int size() {
        return tool.length;
    }

    public StackEntry entry(int e) {
        return entries.get(e);
    }

    /** The catalogue position of the entry's tool. */
    public int toolIndex(int e) {
        return tool[e];
    }

    public Tool tool(int e) {
        return tools[tool[e]];
    }

    /** The entry's region as a {@link DesignIndex} region index. */
    public int region(int e) {
        return region[e];
    }

    /** The node index of the entry's owner, or -1 when it has none. */
    public int owner(int e) {
        return owner[e];
    }

    public int fromIdx(int e) {
        return from[e];
    }

    public int toIdx(int e) {
        return to[e];
    }

    /** Whether the entry is active in phase {@code p} (by its own span only). */
    public boolean isActive(int e, int p) {
        return from[e] <= p && p <= to[e];
    }

    /** Whether the entry covers region {@code r}: its region is {@code r} or {@code global}. */
    public boolean covers(int e, int r) {
        return region[e] == r || region[e] == DesignIndex.GLOBAL;
    }

    /** How many entries have a tool that serves capability {@code c}. */
    public int servingCount(int c) {
        return servingStart[c + 1] - servingStart[c];
    }

    /** The {@code k}-th entry whose tool serves capability {@code c}, in the scenario's order. */
    public int serving(int c, int k) {
        return serving[servingStart[c] + k];
    }

}
