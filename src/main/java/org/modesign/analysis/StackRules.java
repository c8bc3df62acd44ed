package org.modesign.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modesign.model.Tool;

/**
 * The rules of the martech stack (format-v2.md §4, §7), per phase: {@code tool-without-owner} (an
 * active entry with no owner, or an owner inactive in the phase), {@code unsupported-capability}
 * (a required slot of a capability that needs a tool, with no active entry of a tool serving it
 * that covers the slot) and {@code duplicate-tools} (two or more distinct tools with active entries
 * serving one capability and covering one slot). A slot of region {@code global} is covered by an
 * entry of any region. O((entries + entries × capabilities a tool serves × regions) × phases).
 */
final class StackRules {

    private final Findings out;
    private final ScenarioIndex index;
    private final DesignIndex design;
    private final StackIndex stack;
    /** Per tool and per node, the last (capability, phase, region) pass that counted it. */
    private final int[] toolMark;
    private final int[] ownerMark;
    private int mark;
    private final boolean[][] required;
    private int[] active = new int[16];

    private StackRules(Findings out, StackIndex stack) {
        this.out = out;
        this.index = out.index();
        this.design = index.designIndex();
        this.stack = stack;
        toolMark = new int[stack.toolCount()];
        ownerMark = new int[index.size()];
        required = new boolean[design.phaseCount()][design.capabilityCount()];
        for (int p = 0; p < design.phaseCount(); p++) {
            for (int k = 0; k < design.requiredCount(p); k++) {
                required[p][design.required(p, k)] = true;
            }
        }
    }

    static void check(Findings out, StackIndex stack) {
        if (stack.size() == 0 && !needsTools(out.index().designIndex())) {
            return;
        }
        StackRules rules = new StackRules(out, stack);
        rules.owners();
        for (int p = 0; p < rules.design.phaseCount(); p++) {
            for (int c = 0; c < rules.design.capabilityCount(); c++) {
                rules.capability(c, p);
            }
        }
    }

    /** Whether some capability of the design needs a tool (a v1 design has none). */
    private static boolean needsTools(DesignIndex design) {
        for (int c = 0; c < design.capabilityCount(); c++) {
            if (design.capability(c).needsTool()) {
                return true;
            }
        }
        return false;
    }

    /** {@code tool-without-owner}: one finding per active entry and phase without an active owner. */
    private void owners() {
        for (int e = 0; e < stack.size(); e++) {
            int owner = stack.owner(e);
            int r = stack.region(e);
            Tool tool = stack.tool(e);
            for (int p = stack.fromIdx(e); p <= stack.toIdx(e); p++) {
                if (owner < 0) {
                    out.add(Rule.TOOL_WITHOUT_OWNER, p, -1, r, new int[0], tool.id(), List.of(),
                            out.inRegion(FindingKey.TOOL_WITHOUT_OWNER, FindingKey.TOOL_WITHOUT_OWNER_REGION, r,
                                    out.tool(tool), out.phase(p)));
                } else if (!index.isActive(owner, p)) {
                    out.add(Rule.TOOL_WITHOUT_OWNER, p, -1, r, new int[] {owner}, tool.id(), List.of(),
                            out.inRegion(FindingKey.TOOL_OWNER_INACTIVE, FindingKey.TOOL_OWNER_INACTIVE_REGION, r,
                                    out.tool(tool), out.node(owner), out.phase(p)));
                }
            }
        }
    }

    /** The stack rules of capability {@code c} in phase {@code p}. */
    private void capability(int c, int p) {
        int count = collectActive(c, p);
        boolean checkSupport = required[p][c] && design.capability(c).needsTool();
        if (count == 0 && !checkSupport) {
            return;
        }
        for (int s = 0; s < design.slotCount(c); s++) {
            int r = design.slotRegion(c, s);
            int[] tools = distinctTools(count, r);
            if (checkSupport && tools.length == 0) {
                out.add(Rule.UNSUPPORTED_CAPABILITY, p, c, r, new int[0],
                        out.inRegion(FindingKey.UNSUPPORTED_CAPABILITY, FindingKey.UNSUPPORTED_CAPABILITY_REGION, r,
                                out.capability(c), out.phase(p)));
            } else if (tools.length >= 2) {
                duplicate(c, p, r, count, tools);
            }
        }
    }

    /** Puts the entries active in {@code p} whose tool serves {@code c} into {@link #active}; returns how many. */
    private int collectActive(int c, int p) {
        int count = 0;
        for (int k = 0; k < stack.servingCount(c); k++) {
            int e = stack.serving(c, k);
            if (stack.isActive(e, p)) {
                if (count == active.length) {
                    active = Arrays.copyOf(active, count * 2);
                }
                active[count++] = e;
            }
        }
        return count;
    }

    /** Whether a slot of region {@code r} is covered by entry {@code e}: any entry covers a {@code global} slot. */
    private boolean coversSlot(int e, int r) {
        return r == DesignIndex.GLOBAL || stack.covers(e, r);
    }

    /** The distinct tools of the first {@code count} active entries that cover the slot, by tool id. */
    private int[] distinctTools(int count, int r) {
        mark++;
        int[] tools = new int[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            int e = active[k];
            int t = stack.toolIndex(e);
            if (coversSlot(e, r) && toolMark[t] != mark) {
                toolMark[t] = mark;
                tools[n++] = t;
            }
        }
        int[] byRank = new int[n];
        for (int k = 0; k < n; k++) {
            byRank[k] = stack.toolRank(tools[k]);
        }
        Arrays.sort(byRank);
        for (int k = 0; k < n; k++) {
            byRank[k] = stack.toolAtRank(byRank[k]);
        }
        return byRank;
    }

    /** {@code duplicate-tools}: the tools, sorted, and the distinct owners of their entries covering the slot. */
    private void duplicate(int c, int p, int r, int count, int[] tools) {
        mark++;
        int[] owners = new int[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            int e = active[k];
            int owner = stack.owner(e);
            if (coversSlot(e, r) && owner >= 0 && ownerMark[owner] != mark) {
                ownerMark[owner] = mark;
                owners[n++] = owner;
            }
        }
        int[] nodes = out.sorted(Arrays.copyOf(owners, n));
        List<String> ids = new ArrayList<>(tools.length);
        List<Tool> named = new ArrayList<>(tools.length);
        for (int t : tools) {
            ids.add(stack.catalogueTool(t).id());
            named.add(stack.catalogueTool(t));
        }
        out.add(Rule.DUPLICATE_TOOLS, p, c, r, nodes, null, List.copyOf(ids),
                out.inRegion(FindingKey.DUPLICATE_TOOLS, FindingKey.DUPLICATE_TOOLS_REGION, r,
                        out.capability(c), tools.length, out.phase(p), out.tools(named)));
    }
}
