package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Scope;

class ComparisonTest {

    private static TestDesigns plan() {
        return design().regions("emea").capability("crm", Scope.PER_REGION, Archetype.LEADER).phase("p1", "crm")
                .phase("p2", "crm");
    }

    @Test
    void identicalScenariosDifferInNothing() {
        Design d = plan().scenario("a", s -> s.ceo("ceo").role("r", r -> r.a("crm")).line("r", "ceo"))
                .scenario("b", s -> s.ceo("ceo").role("r", r -> r.a("crm")).line("r", "ceo")).build();
        Comparison c = Comparison.of(d, d.scenarios().get(0), d, d.scenarios().get(1));
        assertTrue(c.delta().isEmpty());
        assertTrue(c.onlyInA().isEmpty());
        assertTrue(c.onlyInB().isEmpty());
        assertEquals("a", c.a().id());
        assertEquals("b", c.b().id());
    }

    @Test
    void deltasListOnlyDifferingValuesWithMapKeysSpelledOut() {
        Design d = plan()
                .scenario("a", s -> s.ceo("ceo").role("r", r -> r.a("crm").title("Lead")).line("r", "ceo"))
                .scenario("b", s -> s.ceo("ceo").role("r", r -> r.a("crm").title("Lead")).line("r", "ceo")
                        .role("q", r -> r.region("emea").fte(2).phases("p2", "p2").title("Local")).line("q", "ceo"))
                .build();
        Comparison c = Comparison.of(d, d.scenarios().get(0), d, d.scenarios().get(1));
        assertEquals(List.of(
                new Delta("p2", "fte", 1.0, 3.0),
                new Delta("p2", "fteByArchetype.leader", 1.0, 3.0),
                new Delta("p2", "fteByRegion.emea", 0.0, 2.0),
                new Delta("p2", "fteBySourcing.in-house", 1.0, 3.0),
                new Delta("p2", "fteByOffice.ceo", 1.0, 3.0),
                new Delta("p2", "roles", 1, 2),
                new Delta("p2", "spanMax", 1, 2),
                new Delta("p2", "spanMean", 1.0, 2.0),
                new Delta("p2", "centralShare", 1.0, 1.0 / 3.0)), c.delta());
        assertEquals(List.of(), c.onlyInA());
        assertEquals(List.of("Local"), c.onlyInB());
    }

    @Test
    void phasesAreMatchedByIdAndAMissingPhaseHasNullValues() {
        Design a = design().phase("p1").phase("p2").scenario("s", s -> s.ceo("ceo")).build();
        Design b = design().phase("p0").phase("p1").scenario("s", s -> s.ceo("ceo")).build();
        Comparison c = Comparison.of(a, a.scenarios().get(0), b, b.scenarios().get(0));
        assertEquals(List.of("p2", "p0"), c.delta().stream().map(Delta::phase).distinct().toList());
        List<Delta> p2 = c.delta().stream().filter(x -> x.phase().equals("p2")).toList();
        assertTrue(p2.stream().allMatch(x -> x.a() != null && x.b() == null));
        assertEquals(new Delta("p2", "fte", 0.0, null), p2.get(0));
        assertEquals(new Delta("p2", "fteByArchetype.maestro", 0.0, null), p2.get(1));
        assertEquals(new Delta("p2", "coverage", 1.0, null),
                p2.stream().filter(x -> x.metric().equals("coverage")).findFirst().orElseThrow());
        assertEquals(1 + 5 + 1 + 4 + 7 + 12 + 2 + 6 + 7, p2.size());
        assertTrue(c.delta().stream().filter(x -> x.phase().equals("p0"))
                .allMatch(x -> x.a() == null && x.b() != null));
    }

    @Test
    void regionKeysOfBothDesignsAreCompared() {
        Design a = design().regions("emea").phase("p1").scenario("s", s -> s.ceo("ceo")).build();
        Design b = design().regions("apac").phase("p1").scenario("s", s -> s.ceo("ceo")).build();
        Comparison c = Comparison.of(a, a.scenarios().get(0), b, b.scenarios().get(0));
        assertEquals(List.of(new Delta("p1", "fteByRegion.emea", 0.0, null),
                new Delta("p1", "fteByRegion.apac", null, 0.0)), c.delta());
    }

    @Test
    void titlesOnlyInOneScenarioAreDistinctAndSortedByCodePoint() {
        Design d = design().phase("p1").phase("p2")
                .scenario("a", s -> s.role("1", r -> r.title("Zed")).role("2", r -> r.title("Zed"))
                        .role("3", r -> r.title("alpha")).role("4", r -> r.title("Both"))
                        .role("5", r -> r.title("\uD83D\uDE00 emoji")).role("6", r -> r.title("\uFFFD mark"))
                        .role("7", r -> r.title("Late").phases("p2", "p2")))
                .scenario("b", s -> s.role("x", r -> r.title("Both")).role("y", r -> r.title("Only B")))
                .build();
        Comparison c = Comparison.of(d, d.scenarios().get(0), d, d.scenarios().get(1));
        assertEquals(List.of("Late", "Zed", "alpha", "\uFFFD mark", "\uD83D\uDE00 emoji"), c.onlyInA());
        assertEquals(List.of("Only B"), c.onlyInB());
    }
}
