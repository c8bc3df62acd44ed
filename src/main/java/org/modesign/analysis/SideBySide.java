package org.modesign.analysis;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;

/**
 * Two scenarios, perhaps of two designs, analysed for the comparison view and its export: each
 * one's {@link ScenarioProfile} and the {@link Comparison} of their metrics and role titles.
 * Phases are matched by id, in A's order followed by B's phases that A lacks.
 */
public record SideBySide(ScenarioProfile a, ScenarioProfile b, Comparison comparison) {

    public SideBySide {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(comparison, "comparison");
    }

    /** Analyses scenario {@code a} of {@code designA} and scenario {@code b} of {@code designB}. */
    public static SideBySide of(Design designA, Scenario a, Design designB, Scenario b) {
        ScenarioProfile profileA = ScenarioProfile.of(designA, a);
        ScenarioProfile profileB = ScenarioProfile.of(designB, b);
        return new SideBySide(profileA, profileB, Comparison.of(profileA.metrics(), a, profileB.metrics(), b));
    }

    /** The phase ids of both scenarios, A's first. */
    public List<String> phases() {
        return comparison.phases();
    }

    /** The phase's name in A's design, else in B's, else its id. */
    public String phaseName(String phase) {
        return a.design().phase(phase).or(() -> b.design().phase(phase)).map(Phase::name).orElse(phase);
    }

    /** Where A and B hold each capability in {@code phase}, grouped by layer. */
    public List<PlacementRow> placement(String phase) {
        return PlacementRow.of(a.placement(phase), b.placement(phase));
    }
}
