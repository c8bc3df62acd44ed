package org.modesign.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modesign.model.StackEntry;

/**
 * How many tools each card of a scene owns over all phases: the distinct tools of the stack
 * entries that name it as owner (a tool deployed in three regions with one owner counts once).
 * O(stack entries).
 */
final class OwnedTools {

    private OwnedTools() {
    }

    static int[] count(List<StackEntry> stack, Map<String, Integer> indexById, int nodes) {
        int[] tools = new int[nodes];
        Map<Integer, Set<String>> seen = new HashMap<>();
        for (StackEntry entry : stack) {
            Integer owner = entry.owner() == null ? null : indexById.get(entry.owner());
            if (owner != null && seen.computeIfAbsent(owner, k -> new HashSet<>()).add(entry.tool())) {
                tools[owner]++;
            }
        }
        return tools;
    }
}
