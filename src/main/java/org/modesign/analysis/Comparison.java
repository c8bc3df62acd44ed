package org.modesign.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Two scenarios side by side (the {@code compare} command): their metrics, every metric value
 * that differs, and the role titles found in only one of them. Phases are matched by id, in
 * A's phase order followed by B's phases that A lacks.
 */
public record Comparison(ScenarioMetrics a, ScenarioMetrics b, List<Delta> delta, List<String> onlyInA,
        List<String> onlyInB) {

    public Comparison {
        delta = List.copyOf(delta);
        onlyInA = List.copyOf(onlyInA);
        onlyInB = List.copyOf(onlyInB);
    }

    /** Compares scenario {@code a} of {@code designA} with scenario {@code b} of {@code designB}. */
    public static Comparison of(Design designA, Scenario a, Design designB, Scenario b) {
        ScenarioMetrics metricsA = Metrics.of(designA, a);
        ScenarioMetrics metricsB = Metrics.of(designB, b);
        Set<String> titlesA = titles(a);
        Set<String> titlesB = titles(b);
        return new Comparison(metricsA, metricsB, deltas(metricsA, metricsB),
                notIn(titlesA, titlesB), notIn(titlesB, titlesA));
    }

    private static List<Delta> deltas(ScenarioMetrics a, ScenarioMetrics b) {
        Map<String, Map<String, Object>> phasesA = byPhase(a);
        Map<String, Map<String, Object>> phasesB = byPhase(b);
        Set<String> phases = new LinkedHashSet<>(phasesA.keySet());
        phases.addAll(phasesB.keySet());
        List<Delta> deltas = new ArrayList<>();
        for (String phase : phases) {
            Map<String, Object> valuesA = phasesA.getOrDefault(phase, Map.of());
            Map<String, Object> valuesB = phasesB.getOrDefault(phase, Map.of());
            for (String metric : union(valuesA.keySet(), valuesB.keySet())) {
                if (!metric.equals("phase")) {
                    compare(deltas, phase, metric, valuesA.get(metric), valuesB.get(metric));
                }
            }
        }
        return deltas;
    }

    /** Adds a delta for each differing value; maps are compared key by key. */
    private static void compare(List<Delta> deltas, String phase, String metric, Object a, Object b) {
        if (a instanceof Map<?, ?> || b instanceof Map<?, ?>) {
            Map<?, ?> mapA = a instanceof Map<?, ?> m ? m : Map.of();
            Map<?, ?> mapB = b instanceof Map<?, ?> m ? m : Map.of();
            for (Object key : union(mapA.keySet(), mapB.keySet())) {
                compare(deltas, phase, metric + "." + key, mapA.get(key), mapB.get(key));
            }
        } else if (!Objects.equals(a, b)) {
            deltas.add(new Delta(phase, metric, a, b));
        }
    }

    private static Map<String, Map<String, Object>> byPhase(ScenarioMetrics metrics) {
        Map<String, Map<String, Object>> map = new LinkedHashMap<>();
        for (PhaseMetrics phase : metrics.phases()) {
            map.put(phase.phase(), phase.asMap());
        }
        return map;
    }

    private static <T> Set<T> union(Set<? extends T> first, Set<? extends T> second) {
        Set<T> union = new LinkedHashSet<>(first);
        union.addAll(second);
        return union;
    }

    private static Set<String> titles(Scenario scenario) {
        Set<String> titles = new TreeSet<>(CodePointOrder.STRINGS);
        for (Node node : scenario.nodes()) {
            if (node instanceof Role role) {
                titles.add(role.title());
            }
        }
        return titles;
    }

    /** The titles of {@code these} that {@code others} lacks, sorted by code point. */
    private static List<String> notIn(Set<String> these, Set<String> others) {
        List<String> missing = new ArrayList<>(these);
        missing.removeAll(others);
        return missing;
    }
}
