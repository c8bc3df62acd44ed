package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.letter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Scope;
import org.modesign.model.Staffing;
import org.modesign.model.ToolCategory;

/** The metrics of format-v2.md §5, and FTE in phase (§3) in the metrics of format.md §4. */
class PlanMetricsTest {

    private static List<PhaseMetrics> metrics(Design d) {
        return Metrics.of(d, d.scenarios().get(0)).phases();
    }

    private static Map<String, Integer> categories(int... counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        ToolCategory[] all = ToolCategory.values();
        for (int k = 0; k < all.length; k++) {
            map.put(all[k].code(), counts[k]);
        }
        return map;
    }

    @Test
    void fteInPhaseFeedsEveryFteMetricOpenFteAndPeopleCost() {
        Design d = design().regions("emea").phase("p1").phase("p2").phase("p3")
                .costPerFte(Archetype.MAKER, 100).costPerFte(Archetype.MODELER, 50)
                .scenario("s", s -> s
                        .role("r1", r -> r.archetype(Archetype.MAKER).fte(2).fteFrom("p2", 0.5).fteFrom("p3", 1))
                        .role("r2", r -> r.archetype(Archetype.MODELER).region("emea").staffing(Staffing.OPEN)
                                .fte(1).fteFrom("p3", 3).cost(10.0))
                        .role("r3", r -> r.archetype(Archetype.MARKETER).staffing(Staffing.PLANNED).phases("p2", null)))
                .build();
        List<PhaseMetrics> m = metrics(d);
        assertEquals(List.of(3.0, 2.5, 5.0), m.stream().map(PhaseMetrics::fte).toList());
        assertEquals(List.of(2.0, 0.5, 1.0), m.stream().map(p -> p.fteByArchetype().get("maker")).toList());
        assertEquals(List.of(1.0, 1.0, 3.0), m.stream().map(p -> p.fteByRegion().get("emea")).toList());
        assertEquals(List.of(3.0, 2.5, 5.0), m.stream().map(p -> p.fteBySourcing().get("in-house")).toList());
        assertEquals(List.of(3.0, 2.5, 5.0), m.stream().map(p -> p.fteByOffice().get("none")).toList());
        assertEquals(2.0 / 3.0, m.get(0).centralShare(), 1e-12);
        assertEquals(2.0 / 5.0, m.get(2).centralShare(), 1e-12);
        assertEquals(List.of(1.0, 2.0, 4.0), m.stream().map(PhaseMetrics::openFte).toList());
        // r1 100 a FTE; r2 its own 10; r3 a marketer, whose cost per FTE the settings leave out: 0.
        assertEquals(List.of(210.0, 60.0, 130.0), m.stream().map(PhaseMetrics::peopleCost).toList());
        assertEquals(List.of(1, 1, 0), m.stream().map(PhaseMetrics::hires).toList());
        assertEquals(List.of(3.0, 2.5, 5.0), Metrics.headcounts(ScenarioIndex.of(d, d.scenarios().get(0)))
                .stream().map(Headcount::fte).toList());
    }

    @Test
    void aChangeAtTheRolesFirstPhaseReplacesItsFte() {
        Design d = design().phase("p1").phase("p2")
                .scenario("s", s -> s.role("r1", r -> r.phases("p2", null).fte(1).fteFrom("p2", 4))).build();
        assertEquals(List.of(0.0, 4.0), metrics(d).stream().map(PhaseMetrics::fte).toList());
        Workforce workforce = Workforce.of(ScenarioIndex.of(d, d.scenarios().get(0)));
        assertEquals(1.0, workforce.fte(0, 0), "FTE in phase, whether active or not");
        assertEquals(4.0, workforce.fte(0, 1));
    }

    @Test
    void hiresCountVacantRolesAtTheirOwnFromActiveOrNot() {
        Design d = design().phase("p1").phase("p2").phase("p3")
                .scenario("s", s -> s.team("t", null, "p3", null)
                        .role("r1", r -> r.staffing(Staffing.PLANNED))
                        .role("r2", r -> r.staffing(Staffing.OPEN).team("t").phases("p2", null))
                        .role("r3", r -> r.staffing(Staffing.OPEN).phases("p2", "p2"))
                        .role("r4", r -> r.phases("p2", null)))
                .build();
        List<PhaseMetrics> m = metrics(d);
        assertEquals(List.of(1, 2, 0), m.stream().map(PhaseMetrics::hires).toList());
        assertEquals(List.of(1.0, 3.0, 3.0), m.stream().map(PhaseMetrics::fte).toList(),
                "open and planned roles are active and count in fte");
        assertEquals(List.of(1.0, 2.0, 2.0), m.stream().map(PhaseMetrics::openFte).toList());
    }

    @Test
    void executivesHaveNoFteAndNoCost() {
        Design d = design().capability("budget", Scope.GLOBAL, Archetype.LEADER).phase("p1", "budget")
                .costPerFte(Archetype.LEADER, 1000)
                .scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO, letter("budget", Raci.A, null, null))
                        .line("cmo", "ceo"))
                .build();
        PhaseMetrics m = metrics(d).get(0);
        assertEquals(0.0, m.fte());
        assertEquals(0, m.roles());
        assertEquals(0.0, m.peopleCost());
        assertEquals(0.0, m.martechShare());
    }

    @Test
    void stackMetricsCountToolsEntriesAndCostsOfActiveEntries() {
        Design d = design().regions("emea", "apac").phase("p1").phase("p2")
                .costPerFte(Archetype.LEADER, 300)
                .tool("mkto", ToolCategory.ADVERTISING, 50).tool("cdp", ToolCategory.DATA, 40)
                .tool("wp", ToolCategory.CONTENT, 10)
                .scenario("s", s -> s.role("r1")
                        .stack("mkto", "emea", "r1", null, null).stack("mkto", "apac", "r1", null, null)
                        .stack("cdp", null, null, "p2", null).stack("wp", null, "r1", null, "p1"))
                .build();
        List<PhaseMetrics> m = metrics(d);
        assertEquals(List.of(2, 2), m.stream().map(PhaseMetrics::tools).toList());
        assertEquals(List.of(110.0, 140.0), m.stream().map(PhaseMetrics::toolCost).toList());
        assertEquals(categories(2, 1, 0, 0, 0, 0), m.get(0).toolsByCategory());
        assertEquals(categories(2, 0, 0, 0, 1, 0), m.get(1).toolsByCategory());
        assertEquals(List.of(300.0, 300.0), m.stream().map(PhaseMetrics::peopleCost).toList());
        assertEquals(110.0 / 410.0, m.get(0).martechShare(), 1e-12);
        assertEquals(140.0 / 440.0, m.get(1).martechShare(), 1e-12);
        assertEquals(List.of(0, 1), m.stream().map(PhaseMetrics::unownedTools).toList());
    }

    @Test
    void withoutStackOrCostsEveryPlanMetricIsZeroAndEveryCategoryListed() {
        Design d = design().phase("p1").scenario("s", s -> s.role("r1")).build();
        PhaseMetrics m = metrics(d).get(0);
        assertEquals(categories(0, 0, 0, 0, 0, 0), m.toolsByCategory());
        assertEquals(List.of("advertising", "content", "social", "commerce", "data", "management"),
                List.copyOf(m.toolsByCategory().keySet()));
        assertEquals(0.0, m.martechShare(), "0 when tool and people cost are both 0");
        assertEquals(0, m.tools());
        assertEquals(0.0, m.toolCost());
        assertEquals(0.0, m.peopleCost());
        assertEquals(0, m.hires());
        assertEquals(0.0, m.openFte());
    }

    @Test
    void toolsAloneMakeTheWholeBudgetMartech() {
        Design d = design().phase("p1").tool("mkto", ToolCategory.ADVERTISING, 5)
                .scenario("s", s -> s.role("r1").stack("mkto", null, "r1", null, null)).build();
        assertEquals(1.0, metrics(d).get(0).martechShare());
    }

    @Test
    void findingCountsOfTheStackRulesArePerPhase() {
        Design d = design().regions("emea", "apac").toolCapability("email", Scope.PER_REGION)
                .phase("p1", "email").phase("p2", "email")
                .tool("mkto", ToolCategory.ADVERTISING, 0, "email").tool("hub", ToolCategory.ADVERTISING, 0, "email")
                .scenario("s", s -> s.role("r1", r -> r.a("email"))
                        .stack("mkto", null, null, "p2", null).stack("hub", "emea", "r1", "p2", null))
                .build();
        List<PhaseMetrics> m = metrics(d);
        assertEquals(List.of(2, 0), m.stream().map(PhaseMetrics::unsupported).toList());
        assertEquals(List.of(0, 1), m.stream().map(PhaseMetrics::unownedTools).toList());
        assertEquals(List.of(0, 1), m.stream().map(PhaseMetrics::duplicateTools).toList());
    }

    @Test
    void alsoInChangesNothingARuleOrMetricUses() {
        Design without = steeringCommittee(false);
        Design with = steeringCommittee(true);
        assertEquals(Validator.validate(without), Validator.validate(with));
        assertEquals(Metrics.of(without, without.scenarios().get(0)), Metrics.of(with, with.scenarios().get(0)));
    }

    /** An EMEA role in team t, serving on a global committee active in p2 only when {@code alsoIn}. */
    private static Design steeringCommittee(boolean alsoIn) {
        return design().regions("emea").capability("crm", Scope.PER_REGION, Archetype.MARKETER)
                .phase("p1", "crm").phase("p2", "crm")
                .scenario("s", s -> s.ceo("ceo").team("t", "emea", null, null)
                        .team("steer", null, "p2", "p2").line("t", "ceo").line("steer", "ceo")
                        .role("r1", r -> (alsoIn ? r.alsoIn("steer") : r).team("t").a("crm")))
                .build();
    }
}
