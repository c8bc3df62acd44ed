package org.modesign.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.modesign.model.Design;

/**
 * The order of findings (format.md §3): scenario order, phase order (not phase-specific first),
 * rule id, capability, region, nodes; strings by code point, {@code null} first.
 */
final class FindingOrder {

    private FindingOrder() {
    }

    static Comparator<Finding> of(Design design) {
        Map<String, Integer> scenarios = new HashMap<>();
        for (int s = 0; s < design.scenarios().size(); s++) {
            scenarios.putIfAbsent(design.scenarios().get(s).id(), s);
        }
        Map<String, Integer> phases = new HashMap<>();
        for (int p = 0; p < design.phases().size(); p++) {
            phases.putIfAbsent(design.phases().get(p).id(), p);
        }
        return Comparator.<Finding>comparingInt(f -> scenarios.getOrDefault(f.scenario(), -1))
                .thenComparingInt(f -> f.phase() == null ? -1 : phases.getOrDefault(f.phase(), -1))
                .thenComparing(f -> f.rule().code(), CodePointOrder.STRINGS)
                .thenComparing(Finding::capability, CodePointOrder.STRINGS)
                .thenComparing(Finding::region, CodePointOrder.STRINGS)
                .thenComparing(Finding::nodes, CodePointOrder.LISTS);
    }
}
