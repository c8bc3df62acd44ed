package org.modesign.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        return of(Metrics.of(designA, a), a, Metrics.of(designB, b), b);
    }

    /** Compares two scenarios whose metrics are already known ({@code metricsA} of {@code a}, ...). */
    public static Comparison of(ScenarioMetrics metricsA, Scenario a, ScenarioMetrics metricsB, Scenario b) {
        Set<String> titlesA = titles(a);
        Set<String> titlesB = titles(b);
        List<Delta> deltas = new ArrayList<>();
        for (String phase : phases(metricsA, metricsB)) {
            for (Delta d : values(metricsA, metricsB, phase)) {
                if (d.differs()) {
                    deltas.add(d);
                }
            }
        }
        return new Comparison(metricsA, metricsB, deltas, notIn(titlesA, titlesB), notIn(titlesB, titlesA));
    }

    /** The phase ids of both scenarios: A's in A's order, then B's phases that A lacks. */
    public List<String> phases() {
        return List.copyOf(phases(a, b));
    }

    /**
     * Every metric of {@code phase} for A and B, in the order of format.md §4, maps spelled out key by
     * key ({@code fteByArchetype.maker}), equal values included.
     */
    public List<Delta> values(String phase) {
        return values(a, b, phase);
    }

    private static Set<String> phases(ScenarioMetrics a, ScenarioMetrics b) {
        Set<String> phases = new LinkedHashSet<>();
        a.phases().forEach(p -> phases.add(p.phase()));
        b.phases().forEach(p -> phases.add(p.phase()));
        return phases;
    }

    private static List<Delta> values(ScenarioMetrics a, ScenarioMetrics b, String phase) {
        Map<String, Object> valuesA = valuesOf(a, phase);
        Map<String, Object> valuesB = valuesOf(b, phase);
        List<Delta> values = new ArrayList<>();
        for (String metric : union(valuesA.keySet(), valuesB.keySet())) {
            if (!metric.equals("phase")) {
                add(values, phase, metric, valuesA.get(metric), valuesB.get(metric));
            }
        }
        return values;
    }

    /** Adds the pair of values; maps are spelled out key by key. */
    private static void add(List<Delta> values, String phase, String metric, Object a, Object b) {
        if (a instanceof Map<?, ?> || b instanceof Map<?, ?>) {
            Map<?, ?> mapA = a instanceof Map<?, ?> m ? m : Map.of();
            Map<?, ?> mapB = b instanceof Map<?, ?> m ? m : Map.of();
            for (Object key : union(mapA.keySet(), mapB.keySet())) {
                add(values, phase, metric + "." + key, mapA.get(key), mapB.get(key));
            }
        } else {
            values.add(new Delta(phase, metric, a, b));
        }
    }

    /** The metrics of {@code phase} by name, or an empty map when the scenario's design lacks it. */
    private static Map<String, Object> valuesOf(ScenarioMetrics metrics, String phase) {
        for (PhaseMetrics p : metrics.phases()) {
            if (p.phase().equals(phase)) {
                return p.asMap();
            }
        }
        return Map.of();
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
