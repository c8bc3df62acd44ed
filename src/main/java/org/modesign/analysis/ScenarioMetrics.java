package org.modesign.analysis;

import java.util.List;

/** The metrics of one scenario, one entry per phase in phase order. */
public record ScenarioMetrics(String id, String name, List<PhaseMetrics> phases) {

    public ScenarioMetrics {
        phases = List.copyOf(phases);
    }
}
