package org.modesign.model;

import static org.modesign.model.Integrity.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of format-v2.md §2 and §7 for a scenario's stack: each entry names a tool of the
 * design, {@code global} or a declared region, a node of the scenario as its owner and phases of
 * the plan in order; one entry per tool and region.
 */
final class StackChecks {

    private StackChecks() {
    }

    static void check(Integrity check, String scenarioPath, Scenario scenario, Map<String, Node> byId) {
        List<StackEntry> stack = scenario.stack();
        Set<List<String>> deployed = new HashSet<>();
        for (int k = 0; k < stack.size(); k++) {
            StackEntry entry = stack.get(k);
            String path = scenarioPath + ".stack[" + k + "]";
            boolean tool = check.knowsTool(entry.tool());
            if (!tool) {
                check.add(path + ".tool", "no tool " + quote(entry.tool()) + " in the design's tools");
            }
            boolean region = check.knowsRegion(entry.region());
            if (!region) {
                check.add(path + ".region", "no region " + quote(entry.region()) + " is declared");
            }
            if (entry.owner() != null && !byId.containsKey(entry.owner())) {
                check.add(path + ".owner", "no node " + quote(entry.owner()) + " in scenario " + quote(scenario.id()));
            }
            phases(check, path, entry);
            if (tool && region && !deployed.add(List.of(entry.tool(), entry.region()))) {
                check.add(path, "tool " + quote(entry.tool()) + " is deployed twice in region "
                        + quote(entry.region()) + " in scenario " + quote(scenario.id())
                        + "; a scenario has one entry per tool and region");
            }
        }
    }

    private static void phases(Integrity check, String path, StackEntry entry) {
        Integer from = phase(check, path + ".from", entry.from());
        Integer to = phase(check, path + ".to", entry.to());
        if (from != null && to != null && from > to) {
            check.add(path + ".from", "phase " + quote(entry.from()) + " comes after phase " + quote(entry.to())
                    + "; \"from\" may not come after \"to\"");
        }
    }

    private static Integer phase(Integrity check, String path, String phase) {
        if (phase == null) {
            return null;
        }
        Integer idx = check.phaseIndex(phase);
        if (idx == null) {
            check.add(path, "no phase " + quote(phase) + " in the plan");
        }
        return idx;
    }
}
