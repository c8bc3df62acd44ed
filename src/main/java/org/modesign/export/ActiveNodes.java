package org.modesign.export;

import java.util.Arrays;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;

/** Which nodes of a scenario an export at a phase includes: those active in it (format.md §2). */
final class ActiveNodes {

    private ActiveNodes() {
    }

    /** Per node in scenario order, whether it is active in {@code phase}; all true when it is null. */
    static boolean[] of(Design design, Scenario scenario, Phase phase) {
        boolean[] active = new boolean[scenario.nodes().size()];
        if (phase == null) {
            Arrays.fill(active, true);
            return active;
        }
        int p = design.phaseIndex(phase.id());
        if (p < 0) {
            throw new IllegalArgumentException("no phase \"" + phase.id() + "\" in the design");
        }
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        for (int i = 0; i < active.length; i++) {
            active[i] = index.isActive(i, p);
        }
        return active;
    }
}
