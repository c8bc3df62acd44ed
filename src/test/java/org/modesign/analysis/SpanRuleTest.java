package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;

class SpanRuleTest {

    private static TestDesigns plan() {
        return design().span(2).phase("p1").phase("p2");
    }

    private static List<String> found(Design d) {
        return findings(d, Rule.SPAN_OF_CONTROL).stream().map(f -> f.phase() + ":" + f.nodes().get(0)).toList();
    }

    @Test
    void moreReportsThanTheMaximumIsFound() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("a").role("b").role("c")
                .line("a", "ceo").line("b", "ceo").line("c", "ceo")).build();
        assertEquals(List.of("p1:ceo", "p2:ceo"), found(d));
        Finding f = findings(d, Rule.SPAN_OF_CONTROL).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Executive \"CEO\" (ceo) has 3 direct reports in phase \"Phase p1\", more than the maximum "
                + "of 2.", f.message());
    }

    @Test
    void theMaximumItselfIsAllowed() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("a").role("b")
                .line("a", "ceo").line("b", "ceo")).build();
        assertTrue(found(d).isEmpty());
    }

    @Test
    void onlyReportsActiveInThePhaseCount() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("a").role("b").role("c", r -> r.phases("p1", "p1"))
                .line("a", "ceo").line("b", "ceo").line("c", "ceo")).build();
        assertEquals(List.of("p1:ceo"), found(d));
    }

    @Test
    void anInactiveManagerIsNotFound() {
        Design d = plan().scenario("s", s -> s.role("m", r -> r.phases("p2", "p2")).role("a").role("b").role("c")
                .line("a", "m").line("b", "m").line("c", "m")).build();
        assertEquals(List.of("p2:m"), found(d));
    }

    @Test
    void rolesReportToTheirTeamThroughTheImplicitEdge() {
        Design d = plan().scenario("s", s -> s.team("t").role("a", r -> r.team("t")).role("b", r -> r.team("t"))
                .role("c", r -> r.team("t"))).build();
        assertEquals(List.of("p1:t", "p2:t"), found(d));
    }

    @Test
    void dottedReportsDoNotCount() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("a").role("b").role("c")
                .line("a", "ceo").line("b", "ceo").dotted("c", "ceo")).build();
        assertTrue(found(d).isEmpty());
    }

    @Test
    void aReportOnAnyOfItsLinesCounts() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("x").role("a").role("b").role("c")
                .line("a", "ceo").line("b", "ceo").line("c", "x").line("c", "ceo")).build();
        assertEquals(List.of("p1:ceo", "p2:ceo"), found(d));
    }
}
