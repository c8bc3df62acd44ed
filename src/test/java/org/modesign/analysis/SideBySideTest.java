package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Scope;

class SideBySideTest {

    /** p1 and p2 both require "crm"; A leaves it unstaffed in p2 and has a reporting cycle. */
    private static Design twoScenarios() {
        return design().regions("emea").capability("crm", Scope.GLOBAL, Archetype.LEADER)
                .phase("p1", "crm").phase("p2", "crm")
                .scenario("a", s -> s.ceo("ceo")
                        .role("r", r -> r.a("crm").phases("p1", "p1").title("Lead")).line("r", "ceo")
                        .role("x").role("y").line("x", "y").line("y", "x"))
                .scenario("b", s -> s.ceo("ceo")
                        .role("r", r -> r.a("crm").title("Lead")).line("r", "ceo")
                        .role("q", r -> r.region("emea").a("crm").title("EMEA lead")).line("q", "ceo"))
                .build();
    }

    private static SideBySide compare(Design d) {
        return SideBySide.of(d, d.scenarios().get(0), d, d.scenarios().get(1));
    }

    @Test
    void findingCountsAddTheFindingsThatHoldInEveryPhase() {
        SideBySide s = compare(twoScenarios());
        FindingCounts p1 = s.a().findings("p1");
        FindingCounts p2 = s.a().findings("p2");
        assertEquals(new FindingCounts("p1", 1, 2, 0), p1, "the cycle (error) and x, y without a CEO");
        assertEquals(new FindingCounts("p2", 2, 2, 0), p2, "plus crm unstaffed in p2");
        assertEquals(List.of(p1, p2), s.a().findings());
        assertEquals(new FindingCounts("p2", 0, 1, 0), s.b().findings("p2"), "two accountable roles for crm");
        assertNull(s.a().findings("p9"));
    }

    @Test
    void theProfileAnswersPerPhaseAndTheComparisonAgreesWithTheMetrics() {
        Design d = twoScenarios();
        SideBySide s = compare(d);
        assertEquals(List.of("p1", "p2"), s.phases());
        assertEquals("Phase p2", s.phaseName("p2"));
        assertEquals(Metrics.of(d, d.scenarios().get(0)), s.a().metrics());
        assertEquals(Comparison.of(d, d.scenarios().get(0), d, d.scenarios().get(1)), s.comparison());
        assertEquals(2.0, s.a().metrics("p2").fte(), "x and y; Lead left after p1");
        assertNull(s.b().metrics("p3"));
        assertEquals(List.of("EMEA lead"), s.comparison().onlyInB());
        assertEquals(List.of("Role x", "Role y"), s.comparison().onlyInA());
        PlacementRow crm = s.placement("p2").get(0);
        assertEquals(CapabilityPlacement.Where.NOWHERE, crm.a().where());
        assertEquals(List.of("emea"), crm.b().regions());
        assertTrue(crm.b().central());
        assertTrue(crm.differs());
    }

    @Test
    void valuesListEveryMetricOfAPhaseAndTheDeltasAreTheOnesThatDiffer() {
        SideBySide s = compare(twoScenarios());
        List<Delta> values = s.comparison().values("p1");
        assertEquals(List.of("fte", "fteByArchetype.maestro"),
                values.subList(0, 2).stream().map(Delta::metric).toList());
        assertEquals(1 + 5 + 2 + 4 + 7 + 12 + 2 + 6 + 7, values.size(),
                "maps spelled out: 5 archetypes, 2 regions, ..., 6 tool categories");
        Delta fte = values.get(0);
        assertEquals(new Delta("p1", "fte", 3.0, 2.0), fte);
        assertEquals(-1.0, fte.difference());
        Delta teams = values.stream().filter(v -> v.metric().equals("teams")).findFirst().orElseThrow();
        assertFalse(teams.differs());
        assertEquals(0.0, teams.difference());
        assertEquals(s.comparison().delta().stream().filter(x -> x.phase().equals("p1")).toList(),
                values.stream().filter(Delta::differs).toList());
        assertNull(new Delta("p1", "fte", null, 1.0).difference());
    }
}
