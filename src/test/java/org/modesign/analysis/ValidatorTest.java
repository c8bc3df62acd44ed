package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.modesign.analysis.TestDesigns.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;

class ValidatorTest {

    private static List<Object> head(Finding f) {
        return Arrays.asList(f.scenario(), f.phase(), f.rule().code(), f.capability(), f.region(), f.nodes());
    }

    @Test
    void findingsComeByScenarioThenPhaseWithNoneFirstThenRuleCapabilityRegionAndNodes() {
        Design d = design().span(1).regions("emea", "apac").capability("z", Scope.GLOBAL, Archetype.MAKER)
                .capability("a", Scope.PER_REGION, Archetype.MAKER).phase("p2", "z", "a").phase("p1")
                .scenario("second", s -> s.ceo("ceo").role("b").role("a").line("a", "b").line("b", "a"))
                .scenario("first", s -> s.ceo("ceo").role("B").role("a").line("B", "ceo").line("a", "ceo"))
                .build();
        List<List<Object>> expected = List.of(
                Arrays.asList("second", null, "reporting-cycle", null, null, List.of("a", "b")),
                Arrays.asList("second", "p2", "no-path-to-ceo", null, null, List.of("a")),
                Arrays.asList("second", "p2", "no-path-to-ceo", null, null, List.of("b")),
                Arrays.asList("second", "p2", "unstaffed-capability", "a", "apac", List.of()),
                Arrays.asList("second", "p2", "unstaffed-capability", "a", "emea", List.of()),
                Arrays.asList("second", "p2", "unstaffed-capability", "z", "global", List.of()),
                Arrays.asList("second", "p1", "no-path-to-ceo", null, null, List.of("a")),
                Arrays.asList("second", "p1", "no-path-to-ceo", null, null, List.of("b")),
                Arrays.asList("first", "p2", "span-of-control", null, null, List.of("ceo")),
                Arrays.asList("first", "p2", "unstaffed-capability", "a", "apac", List.of()),
                Arrays.asList("first", "p2", "unstaffed-capability", "a", "emea", List.of()),
                Arrays.asList("first", "p2", "unstaffed-capability", "z", "global", List.of()),
                Arrays.asList("first", "p1", "span-of-control", null, null, List.of("ceo")));
        assertEquals(expected, Validator.validate(d).stream().map(ValidatorTest::head).toList());
    }

    @Test
    void nodeIdsSortByCodePointSoCapitalsComeFirst() {
        Design d = design().capability("x", Scope.GLOBAL, Archetype.LEADER).phase("p1")
                .scenario("s", s -> s.role("b", r -> r.a("x")).role("a", r -> r.a("x")).role("C", r -> r.a("x")))
                .build();
        Finding overlap = Validator.validate(d).stream()
                .filter(f -> f.rule() == Rule.OVERLAPPING_RESPONSIBILITY).findFirst().orElseThrow();
        assertEquals(List.of("C", "a", "b"), overlap.nodes());
    }

    @Test
    void theThreeEntryPointsAgree() {
        Design d = design().capability("x", Scope.GLOBAL, Archetype.MAKER).phase("p1", "x")
                .scenario("s1", s -> s.role("r", r -> r.a("x").archetype(Archetype.MARKETER)))
                .scenario("s2", s -> s.ceo("ceo").role("q").line("q", "ceo")).build();
        Scenario s1 = d.scenarios().get(0);
        Scenario s2 = d.scenarios().get(1);
        List<Finding> one = Validator.validate(d, s1);
        assertFalse(one.isEmpty());
        assertEquals(one, Validator.validate(d, ScenarioIndex.of(d, s1)));
        List<Finding> all = new ArrayList<>(one);
        all.addAll(Validator.validate(d, s2));
        assertEquals(all, Validator.validate(d));
    }

    @Test
    void aDesignWithDanglingReferencesIsAnalysedWithoutFailing() {
        Role role = new Role("r", "Role", Archetype.MAKER, "nowhere", "mars", 1, Sourcing.IN_HOUSE, "p9", null,
                List.of(new Responsibility("ghost", Raci.A), new Responsibility("x", Raci.A)), 0, 0);
        List<Node> nodes = List.of(new Executive("ceo", Office.CEO, "CEO", 0, 0), role, role.withId("q"));
        Scenario s = new Scenario("s", "S", Strategy.OTHER, nodes,
                List.of(new Line("r", "gone", LineStyle.SOLID), new Line("r", "ceo", LineStyle.SOLID)));
        Design d = design().capability("x", Scope.GLOBAL, Archetype.LEADER).phase("p1", "x")
                .scenario("ok", x -> x.ceo("ceo")).build().withScenarios(List.of(s))
                .withPhases(List.of(new Phase("p1", "P1", List.of("x", "ghost"))));
        assertFalse(Integrity.check(d).isEmpty());
        assertDoesNotThrow(() -> Validator.validate(d));
        assertDoesNotThrow(() -> Metrics.of(d, s));
        assertEquals(1, Metrics.of(d, s).phases().get(0).overlaps());
    }
}
