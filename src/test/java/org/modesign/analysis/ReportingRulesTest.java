package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.Seen.seen;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Office;

class ReportingRulesTest {

    private static TestDesigns plan() {
        return design().phase("p1").phase("p2");
    }

    @Test
    void twoNodesReportingToEachOtherFormOneCycle() {
        Design d = plan().scenario("s", s -> s.role("b").role("a").line("a", "b").line("b", "a")).build();
        List<Finding> found = findings(d, Rule.REPORTING_CYCLE);
        assertEquals(List.of(seen(Rule.REPORTING_CYCLE, "s", null, null, null, List.of("a", "b"),
                "Reporting lines form a cycle through \"Role a\" (a) and \"Role b\" (b).")), seen(found));
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void eachStronglyConnectedSetIsOneFinding() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("a").role("b").role("c").role("d").role("e")
                .line("a", "b").line("b", "c").line("c", "a").line("c", "d").line("d", "e").line("e", "d")
                .line("c", "ceo")).build();
        List<Finding> found = findings(d, Rule.REPORTING_CYCLE);
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "e")),
                found.stream().map(Finding::nodes).toList());
    }

    @Test
    void aNodeOnTwoLoopsIsInOneSet() {
        Design d = plan().scenario("s", s -> s.role("a").role("b").role("c")
                .line("a", "b").line("b", "a").line("b", "c").line("c", "b")).build();
        assertEquals(List.of(List.of("a", "b", "c")),
                findings(d, Rule.REPORTING_CYCLE).stream().map(Finding::nodes).toList());
    }

    @Test
    void theImplicitTeamEdgeCanCloseACycle() {
        Design d = plan().scenario("s", s -> s.team("t").role("r", r -> r.team("t")).line("t", "r")).build();
        assertEquals(List.of(List.of("r", "t")),
                findings(d, Rule.REPORTING_CYCLE).stream().map(Finding::nodes).toList());
    }

    @Test
    void dottedLinesMakeNoCycle() {
        Design d = plan().scenario("s", s -> s.role("a").role("b").line("a", "b").dotted("b", "a")).build();
        assertTrue(findings(d, Rule.REPORTING_CYCLE).isEmpty());
    }

    @Test
    void aTreeHasNoCycle() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO).team("t")
                .role("r1", r -> r.team("t")).role("r2", r -> r.team("t"))
                .line("cmo", "ceo").line("t", "cmo")).build();
        assertTrue(findings(d, Rule.REPORTING_CYCLE).isEmpty());
    }

    @Test
    void aLongChainIsCheckedWithoutRecursion() {
        int n = 100_000;
        Design d = plan().scenario("s", s -> {
            for (int i = 0; i < n; i++) {
                s.role("r" + i).line("r" + i, "r" + ((i + 1) % n));
            }
        }).build();
        List<Finding> found = findings(d, Rule.REPORTING_CYCLE);
        assertEquals(1, found.size());
        assertEquals(n, found.get(0).nodes().size());
    }

    @Test
    void twoSolidLinesUpwardAreMultipleManagers() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO).role("r")
                .line("r", "cmo").line("r", "ceo").line("cmo", "ceo")).build();
        List<Finding> found = findings(d, Rule.MULTIPLE_MANAGERS);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(List.of("r"), f.nodes());
        assertNull(f.phase());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Role \"Role r\" (r) has 2 solid lines upward, to \"CMO\" (cmo) and \"CEO\" (ceo), "
                + "but may report to one manager only.", f.message());
    }

    @Test
    void dottedLinesAndTheTeamAreNoSecondManager() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO).team("t")
                .role("r", r -> r.team("t")).role("q", r -> r.team("t"))
                .line("r", "cmo").dotted("r", "ceo").dotted("q", "ceo").line("t", "ceo").line("cmo", "ceo"))
                .build();
        assertTrue(findings(d, Rule.MULTIPLE_MANAGERS).isEmpty());
    }
}
