package org.modesign.report;

import java.util.List;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.ScenarioMetrics;
import org.modesign.analysis.Validator;
import org.modesign.analysis.Workforce;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.plan.HiringPlan;
import org.modesign.plan.ScenarioPlan;
import org.modesign.plan.TransitionPlanner;

/**
 * What the report shows of one scenario, computed once from one index: its findings (the
 * {@link Validator}'s), its plan ({@link TransitionPlanner}), its metrics ({@link Metrics}), its
 * hires ({@link HiringPlan}) and its workforce, so that none of them disagrees with the others or
 * with the command line and the editor.
 */
record ScenarioFacts(ScenarioIndex index, List<Finding> findings, ScenarioPlan plan, ScenarioMetrics metrics,
        List<HiringPlan.Hire> hires, Workforce workforce) {

    static ScenarioFacts of(Design design, Scenario scenario) {
        ScenarioIndex index = ScenarioIndex.of(design, scenario);
        List<Finding> findings = Validator.validate(design, index);
        return new ScenarioFacts(index, findings, TransitionPlanner.plan(index, findings),
                Metrics.of(design, index, findings), HiringPlan.of(index), Workforce.of(index));
    }

    Scenario scenario() {
        return index.scenario();
    }
}
