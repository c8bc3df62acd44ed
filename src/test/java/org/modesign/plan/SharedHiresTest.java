package org.modesign.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Hires;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.PhaseMetrics;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Validator;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.model.Staffing;

/** The hires are grouped once per index: the metric, the plan and the hiring plan read the same groups. */
class SharedHiresTest {

    @Test
    void theIndexKeepsOneGroupingThatThePlanTheMetricsAndTheHiringPlanAgreeOn() {
        Design design = PlanFixtures.design();
        ScenarioIndex index = ScenarioIndex.of(design, design.scenarios().get(0));
        Hires hires = index.hires();
        assertSame(hires, index.hires(), "worked out once per index");
        ScenarioPlan plan = TransitionPlanner.plan(index, Validator.validate(design, index));
        List<PhaseMetrics> metrics = Metrics.of(design, index, Validator.validate(design, index)).phases();
        List<String> hiringPlan = HiringPlan.of(index).stream().map(HiringPlan.Hire::role).toList();
        List<String> all = new ArrayList<>();
        for (int p = 0; p < design.phases().size(); p++) {
            assertEquals(plan.phases().get(p).hires(), hires.ids(index, p));
            assertEquals(metrics.get(p).hires(), hires.count(p));
            all.addAll(hires.ids(index, p));
        }
        assertEquals(hiringPlan, all);
    }

    @Test
    void eachPhasesHiresAreInIdOrderAndOnlyOpenOrPlannedRoles() {
        Design design = PlanFixtures.design();
        ScenarioIndex index = ScenarioIndex.of(design, design.scenarios().get(0));
        int vacant = 0;
        for (int v = 0; v < index.size(); v++) {
            if (index.isRole(v) && index.role(v).staffing().vacant()) {
                vacant++;
            }
        }
        int counted = 0;
        for (int p = 0; p < design.phases().size(); p++) {
            List<String> ids = index.hires().ids(index, p);
            List<String> sorted = new ArrayList<>(ids);
            sorted.sort(org.modesign.analysis.CodePointOrder.STRINGS);
            assertEquals(sorted, ids, "phase " + p + " in id order");
            for (int k = 0; k < index.hires().count(p); k++) {
                Role role = index.role(index.hires().role(p, k));
                assertEquals(true, role.staffing() == Staffing.OPEN || role.staffing() == Staffing.PLANNED);
            }
            counted += ids.size();
        }
        assertEquals(vacant, counted, "every open or planned role once");
        assertEquals(true, vacant > 0, "the fixture has hires to group");
    }
}
