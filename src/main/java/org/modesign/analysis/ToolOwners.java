package org.modesign.analysis;

import java.util.HashSet;
import java.util.Set;

/**
 * How many tools each card owns in one phase: the distinct tools of the stack entries active in
 * that phase that name the card as owner (a tool deployed in three regions with one owner counts
 * once). O(stack entries).
 */
public final class ToolOwners {

    private ToolOwners() {
    }

    /** By node number of {@code stack}'s scenario, the tools each card owns in phase {@code p}. */
    public static int[] inPhase(StackIndex stack, int p) {
        int[] tools = new int[stack.index().scenario().nodes().size()];
        Set<Long> seen = new HashSet<>();
        for (int e = 0; e < stack.size(); e++) {
            int owner = stack.owner(e);
            if (owner >= 0 && stack.isActive(e, p) && seen.add((long) owner << 32 | stack.toolIndex(e))) {
                tools[owner]++;
            }
        }
        return tools;
    }
}
