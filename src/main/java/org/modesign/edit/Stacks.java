package org.modesign.edit;

import java.util.List;
import org.modesign.model.Design;
import org.modesign.model.Region;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;

/**
 * Look-ups on a scenario's stack that the deployment edits share: a deployment by its tool and
 * region (a scenario has one per pair), and the names that refusals show. O(deployments).
 */
final class Stacks {

    private Stacks() {
    }

    /** {@code region}, or {@code global} when it is null (the default of a deployment). */
    static String region(String region) {
        return region == null ? Region.GLOBAL : region;
    }

    /** The position of the deployment of {@code tool} in {@code region}, or -1. */
    static int find(Scenario scenario, String tool, String region) {
        List<StackEntry> stack = scenario.stack();
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).tool().equals(tool) && stack.get(i).region().equals(region)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of the deployment of {@code tool} in {@code region}; refused when there is none. */
    static int index(Design design, Scenario scenario, String tool, String region) {
        int index = find(scenario, tool, region);
        if (index < 0) {
            throw EditRejected.of(EditKey.NO_DEPLOYMENT, toolName(design, tool), regionName(design, region));
        }
        return index;
    }

    /** Refuses a second deployment of {@code tool} in {@code region}. */
    static void requireFree(Design design, Scenario scenario, String tool, String region) {
        if (find(scenario, tool, region) >= 0) {
            throw EditRejected.of(EditKey.DEPLOYED_TWICE, toolName(design, tool), regionName(design, region));
        }
    }

    /** The owner of a deployment: none, or a card of the scenario. */
    static void owner(Scenario scenario, String owner) {
        if (owner != null && scenario.indexOfNode(owner) < 0) {
            throw EditRejected.of(EditKey.NO_CARD, owner);
        }
    }

    /** The phases of a deployment: each end none or a phase of the plan, {@code from} not after {@code to}. */
    static void phases(Design design, String from, String to) {
        for (String end : new String[] {from, to}) {
            if (end != null && design.phaseIndex(end) < 0) {
                throw EditRejected.of(EditKey.NO_PHASE, end);
            }
        }
        if (from != null && to != null && design.phaseIndex(from) > design.phaseIndex(to)) {
            PhaseOrder order = PhaseOrder.of(design);
            throw EditRejected.of(EditKey.SPAN_ORDER, order.name(from), order.name(to));
        }
    }

    static String toolName(Design design, String tool) {
        return design.tool(tool).map(Tool::name).orElse(tool);
    }

    static String regionName(Design design, String region) {
        return design.region(region).map(Region::name).orElse(region);
    }
}
