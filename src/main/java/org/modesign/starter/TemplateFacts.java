package org.modesign.starter;

import java.util.List;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.PhaseMetrics;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Scenario;

/**
 * What a template holds at a glance, for the preview of File ▸ New from Template: the names of its
 * scenarios, phases and regions, and the size of its first scenario (the one that opens) at the end
 * of the plan, as {@link Metrics} counts it.
 *
 * @param scenarios names of the scenarios, in file order
 * @param phases    names of the phases, in plan order
 * @param regions   names of the declared regions, in file order
 * @param lastPhase name of the last phase, the one {@code roles}, {@code teams} and {@code fte} are of
 * @param roles     roles of the first scenario active in the last phase
 * @param teams     teams of the first scenario active in the last phase
 * @param fte       FTE of those roles
 */
public record TemplateFacts(List<String> scenarios, List<String> phases, List<String> regions, String lastPhase,
        int roles, int teams, double fte) {

    public TemplateFacts {
        scenarios = List.copyOf(scenarios);
        phases = List.copyOf(phases);
        regions = List.copyOf(regions);
    }

    /** The facts of {@code design}, which must have at least one phase and one scenario (as every valid design has). */
    public static TemplateFacts of(Design design) {
        Scenario first = design.scenarios().get(0);
        List<PhaseMetrics> metrics = Metrics.of(design, first).phases();
        PhaseMetrics end = metrics.get(metrics.size() - 1);
        List<Phase> phases = design.phases();
        return new TemplateFacts(design.scenarios().stream().map(Scenario::name).toList(),
                phases.stream().map(Phase::name).toList(), design.regions().stream().map(Region::name).toList(),
                phases.get(phases.size() - 1).name(), end.roles(), end.teams(), end.fte());
    }
}
