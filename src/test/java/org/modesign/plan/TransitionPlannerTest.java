package org.modesign.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Integrity;

/** The transition plan, each reading of format-v2.md §7 "The plan" on a small design made for it. */
class TransitionPlannerTest {

    private final Design design = PlanFixtures.design();
    private final ScenarioPlan plan = TransitionPlanner.plan(design, design.scenarios().get(0));

    @Test
    void theDesignIsValid() {
        assertEquals(List.of(), Integrity.check(design));
        assertEquals(List.of("p1", "p2", "p3"), plan.phases().stream().map(PhaseStep::phase).toList());
    }

    @Test
    void theFirstPhaseIsComparedWithAnEmptyPhase() {
        PhaseStep p1 = plan.phases().get(0);
        assertEquals("Stop the bleeding", p1.goal());
        assertEquals(List.of("o1"), p1.objectives());
        assertEquals(List.of("analyst", "bu1", "lead", "open"), p1.rolesAdded());
        assertEquals(List.of(), p1.rolesEnded());
        assertEquals(List.of(), p1.fteChanged());
        assertEquals(List.of("open"), p1.hires(), "an open role without from is hired in the first phase");
        assertEquals(List.of(new PhaseStep.AccountableChange("budget", "global", List.of(), List.of("cmo")),
                new PhaseStep.AccountableChange("campaigns", "apac", List.of(), List.of("lead")),
                new PhaseStep.AccountableChange("campaigns", "emea", List.of(), List.of("lead"))),
                p1.accountableChanged());
        assertEquals(List.of(new PhaseStep.Deployment("mailer", "emea"), new PhaseStep.Deployment("mkto", "global")),
                p1.toolsAdded());
        assertEquals(List.of(), p1.toolsRetired());
        assertEquals(0, p1.findingsResolved());
    }

    @Test
    void laterPhasesAreComparedWithThePhaseBefore() {
        PhaseStep p2 = plan.phases().get(1);
        assertEquals(List.of("spec"), p2.rolesAdded());
        assertEquals(List.of(), p2.rolesEnded());
        assertEquals(List.of("spec"), p2.hires());
        assertEquals(List.of(), p2.accountableChanged(), "the specialist is accountable only from p3");
        assertEquals(List.of(new PhaseStep.Deployment("cdp", "global")), p2.toolsAdded());
        assertEquals(List.of(new PhaseStep.Deployment("mailer", "emea")), p2.toolsRetired());
        assertEquals(List.of(), p2.objectives());

        PhaseStep p3 = plan.phases().get(2);
        assertEquals(List.of("bu1"), p3.rolesEnded(), "a role whose team ends is ended");
        assertEquals(List.of(new PhaseStep.FteShift("analyst", 1, 0.5)), p3.fteChanged());
        assertEquals(List.of(), p3.hires());
        assertEquals(List.of("o2"), p3.objectives());
        assertEquals(List.of(new PhaseStep.AccountableChange("campaigns", "apac", List.of("lead"), List.of()),
                new PhaseStep.AccountableChange("campaigns", "emea", List.of("lead"), List.of("spec"))),
                p3.accountableChanged());
    }

    @Test
    void findingsAreTheSameAcrossPhasesWhenAllButPhaseAndMessageAreEqual() {
        int[] newPerPhase = plan.phases().stream().mapToInt(PhaseStep::findingsNew).toArray();
        int[] resolvedPerPhase = plan.phases().stream().mapToInt(PhaseStep::findingsResolved).toArray();
        List<org.modesign.analysis.Finding> findings = org.modesign.analysis.Validator.validate(design);
        for (int p = 0; p < 3; p++) {
            String id = design.phases().get(p).id();
            String before = p == 0 ? null : design.phases().get(p - 1).id();
            long now = findings.stream().filter(f -> id.equals(f.phase())).filter(f -> before == null
                    || findings.stream().noneMatch(g -> before.equals(g.phase()) && same(f, g))).count();
            long gone = before == null ? 0 : findings.stream().filter(f -> before.equals(f.phase()))
                    .filter(f -> findings.stream().noneMatch(g -> id.equals(g.phase()) && same(f, g))).count();
            assertEquals(now, newPerPhase[p], "new in " + id);
            assertEquals(gone, resolvedPerPhase[p], "resolved in " + id);
        }
        assertEquals(true, resolvedPerPhase[1] >= 1, "the retired mailer's missing owner is resolved in p2");
    }

    private static boolean same(org.modesign.analysis.Finding a, org.modesign.analysis.Finding b) {
        return a.rule() == b.rule() && java.util.Objects.equals(a.capability(), b.capability())
                && java.util.Objects.equals(a.region(), b.region()) && a.nodes().equals(b.nodes())
                && java.util.Objects.equals(a.tool(), b.tool()) && a.tools().equals(b.tools());
    }
}
