package org.modesign.cli;

import java.util.List;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.ScenarioMetrics;
import org.modesign.analysis.Severity;
import org.modesign.analysis.Validator;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * One scenario's findings (and metrics, when asked), computed from one index. Several scenarios
 * are analysed in parallel: each is independent, and a command-line run is mostly cold code.
 */
record Analysed(Scenario scenario, List<Finding> findings, ScenarioMetrics metrics) {

    static List<Analysed> of(Design design, List<Scenario> scenarios, boolean withMetrics) {
        return (scenarios.size() > 1 ? scenarios.parallelStream() : scenarios.stream())
                .map(s -> of(design, s, withMetrics)).toList();
    }

    static Analysed of(Design design, Scenario scenario, boolean withMetrics) {
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        List<Finding> findings = Validator.validate(design, index);
        return new Analysed(scenario, findings, withMetrics ? Metrics.of(design, index, findings) : null);
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
