package org.modesign.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.modesign.model.ToolCategory;

/**
 * The stack metrics of format-v2.md §5 for one phase at a time: {@code tools} (distinct tools with
 * an active entry), {@code toolCost} (a tool's cost once per active entry) and
 * {@code toolsByCategory} (active entries per category, every category). O(entries) a phase.
 */
final class StackFigures {

    private static final ToolCategory[] CATEGORIES = ToolCategory.values();

    private final StackIndex stack;
    private final int[] toolMark;
    private final int[] byCategory = new int[CATEGORIES.length];
    private int tools;
    private double cost;

    StackFigures(StackIndex stack) {
        this.stack = stack;
        toolMark = new int[stack.toolCount()];
    }

    /** Works out the figures of phase {@code p}. */
    void phase(int p) {
        Arrays.fill(byCategory, 0);
        tools = 0;
        cost = 0;
        int mark = p + 1;
        for (int e = 0; e < stack.size(); e++) {
            if (stack.isActive(e, p)) {
                int t = stack.toolIndex(e);
                if (toolMark[t] != mark) {
                    toolMark[t] = mark;
                    tools++;
                }
                cost += stack.tool(e).cost();
                byCategory[stack.tool(e).category().ordinal()]++;
            }
        }
    }

    int tools() {
        return tools;
    }

    double cost() {
        return cost;
    }

    Map<String, Integer> byCategory() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int k = 0; k < CATEGORIES.length; k++) {
            map.put(CATEGORIES[k].code(), byCategory[k]);
        }
        return map;
    }
}
