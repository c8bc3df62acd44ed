package org.modesign.ui.palette;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;
import org.modesign.ui.i18n.I18n;

/**
 * The deployments of a scenario's stack that are active in a phase (every one when no phase is
 * shown), in the stack's order, as the palette lists them. O(stack entries + cards).
 */
final class ToolItems {

    private ToolItems() {
    }

    static List<ToolItem> of(Design design, Scenario scenario, Phase phase) {
        int p = phase == null ? -1 : design.phaseIndex(phase.id());
        int last = design.phases().size() - 1;
        Map<String, Tool> tools = new HashMap<>();
        design.tools().forEach(t -> tools.put(t.id(), t));
        Map<String, String> regions = new HashMap<>();
        design.regions().forEach(r -> regions.put(r.id(), r.name()));
        Map<String, String> titles = new HashMap<>();
        for (StackEntry entry : scenario.stack()) {
            if (entry.owner() != null) {
                titles.put(entry.owner(), null);
            }
        }
        if (!titles.isEmpty()) {
            for (Node node : scenario.nodes()) {
                if (titles.containsKey(node.id())) {
                    titles.put(node.id(), node.label());
                }
            }
        }
        List<ToolItem> items = new ArrayList<>();
        for (StackEntry entry : scenario.stack()) {
            Tool tool = tools.get(entry.tool());
            if (tool == null || p >= 0 && !active(design, entry, p, last)) {
                continue;
            }
            String region = Region.GLOBAL.equals(entry.region()) ? I18n.tr("palette.tools.global")
                    : regions.getOrDefault(entry.region(), entry.region());
            String owner = entry.owner() == null ? null : titles.getOrDefault(entry.owner(), entry.owner());
            items.add(new ToolItem(tool.id(), entry.region(), tool.name(), region, tool.category(), owner));
        }
        return items;
    }

    private static boolean active(Design design, StackEntry entry, int p, int last) {
        int from = entry.from() == null ? 0 : design.phaseIndex(entry.from());
        int to = entry.to() == null ? last : design.phaseIndex(entry.to());
        return (from < 0 ? 0 : from) <= p && p <= (to < 0 ? last : to);
    }
}
