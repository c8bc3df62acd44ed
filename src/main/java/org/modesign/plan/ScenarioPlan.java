package org.modesign.plan;

import java.util.List;
import java.util.Objects;

/** One scenario's transition plan: a step per phase, in phase order. */
public record ScenarioPlan(String id, String name, List<PhaseStep> phases) {

    public ScenarioPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        phases = List.copyOf(phases);
    }
}
