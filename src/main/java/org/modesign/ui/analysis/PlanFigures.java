package org.modesign.ui.analysis;

import java.util.List;
import java.util.Objects;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.ScenarioMetrics;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.plan.HiringPlan;
import org.modesign.plan.ScenarioPlan;
import org.modesign.plan.TransitionPlanner;

/**
 * What the plan view shows of one scenario of one design version: the core's transition plan,
 * the metrics of every phase (the budget: people cost, tool cost, martech share, open FTE, hires)
 * and the hires. Worked out from an {@link AnalysisResult}, whose findings it reuses, so the plan,
 * its budget, the findings panel and the status bar never disagree and the validator runs once
 * per edit.
 *
 * @param design   the design version analysed
 * @param scenario the id of the scenario
 */
public record PlanFigures(Design design, String scenario, ScenarioPlan plan, ScenarioMetrics metrics,
        List<HiringPlan.Hire> hires) {

    public PlanFigures {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(metrics, "metrics");
        hires = List.copyOf(hires);
    }

    /**
     * The plan, metrics and hires of the result's scenario, on the calling thread (a background
     * thread: at 10,000 roles it takes tens of milliseconds). O(nodes × phases).
     */
    public static PlanFigures of(AnalysisResult result) {
        Design design = result.design();
        Scenario scenario = design.scenario(result.scenario()).orElse(design.scenarios().get(0));
        // The index the findings came from: of this version, or of one that differs only in where cards sit.
        ScenarioIndex index = result.index();
        // The result holds the file's findings too; the planner and the metrics count only the scenario's per-phase ones.
        ScenarioPlan plan = TransitionPlanner.plan(index, result.findings());
        ScenarioMetrics metrics = Metrics.of(design, index, result.findings());
        return new PlanFigures(design, scenario.id(), plan, metrics, HiringPlan.of(index));
    }
}
