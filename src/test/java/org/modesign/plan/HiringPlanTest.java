package org.modesign.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Staffing;

/** The hires: the same roles as the plan's, with team, region, staffing, FTE and cost in the phase. */
class HiringPlanTest {

    @Test
    void everyOpenOrPlannedRoleAtItsHirePhaseInThePlansOrder() {
        Design design = PlanFixtures.design();
        design = design.withSettings(design.settings().withCostPerFte(Archetype.MARKETER, 90_000));
        ScenarioIndex index = ScenarioIndex.of(design, design.scenarios().get(0));
        List<HiringPlan.Hire> hires = HiringPlan.of(index);
        assertEquals(List.of(new HiringPlan.Hire("p1", "open", "Ops manager", null, "global", Staffing.OPEN, 1, 0),
                new HiringPlan.Hire("p2", "spec", "EMEA campaign specialist", null, "emea", Staffing.PLANNED, 1,
                        90_000)), hires);
        ScenarioPlan plan = TransitionPlanner.plan(design, design.scenarios().get(0));
        assertEquals(plan.phases().stream().flatMap(s -> s.hires().stream()).toList(),
                hires.stream().map(HiringPlan.Hire::role).toList(), "the plan's hires, in its order");
    }
}
