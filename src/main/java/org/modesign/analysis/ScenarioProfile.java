package org.modesign.analysis;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Everything a comparison shows about one scenario, per phase of its design: the metrics of
 * format.md §4, the finding counts and where each capability is held. Built with one index and
 * one validation of the scenario.
 */
public record ScenarioProfile(Design design, Scenario scenario, ScenarioMetrics metrics,
        List<FindingCounts> findings, List<CapabilityPlacement> placement) {

    public ScenarioProfile {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(metrics, "metrics");
        findings = List.copyOf(findings);
        placement = List.copyOf(placement);
    }

    /** Analyses {@code scenario} of {@code design}, in O((nodes + lines + responsibilities) × phases). */
    public static ScenarioProfile of(Design design, Scenario scenario) {
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        List<Finding> findings = Validator.validate(design, index);
        return new ScenarioProfile(design, scenario, Metrics.of(design, index, findings),
                FindingCounts.perPhase(index.designIndex(), findings), CapabilityPlacement.of(index));
    }

    /** The metrics of the phase of this id, or {@code null} when the design has no such phase. */
    public PhaseMetrics metrics(String phase) {
        int p = design.phaseIndex(phase);
        return p < 0 ? null : metrics.phases().get(p);
    }

    /** The finding counts of the phase of this id, or {@code null} when the design has no such phase. */
    public FindingCounts findings(String phase) {
        int p = design.phaseIndex(phase);
        return p < 0 ? null : findings.get(p);
    }

    /** Where the capabilities are held in the phase of this id, or {@code null} when there is no such phase. */
    public CapabilityPlacement placement(String phase) {
        int p = design.phaseIndex(phase);
        return p < 0 ? null : placement.get(p);
    }
}
