package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Office;

class PathToCeoRuleTest {

    private static TestDesigns plan() {
        return design().phase("p1").phase("p2");
    }

    private static List<String> found(Design d) {
        return findings(d, Rule.NO_PATH_TO_CEO).stream().map(f -> f.phase() + ":" + f.nodes().get(0)).toList();
    }

    @Test
    void aConnectedChartHasNoFinding() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO).team("t")
                .role("r", r -> r.team("t")).line("cmo", "ceo").line("t", "cmo")).build();
        assertTrue(found(d).isEmpty());
    }

    @Test
    void everyActiveNodeWithoutPathIsFoundInEveryPhase() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO)
                .role("r", r -> r.title("Analyst")).line("r", "cmo")).build();
        assertEquals(List.of("p1:cmo", "p1:r", "p2:cmo", "p2:r"), found(d));
        Finding f = findings(d, Rule.NO_PATH_TO_CEO).get(1);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Role \"Analyst\" (r) reaches no CEO executive through reporting lines active in "
                + "phase \"Phase p1\".", f.message());
    }

    @Test
    void aPathThroughANodeInactiveInThePhaseDoesNotCount() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("m", r -> r.phases("p1", "p1"))
                .role("r").line("r", "m").line("m", "ceo")).build();
        assertEquals(List.of("p2:r"), found(d));
    }

    @Test
    void anyUpEdgeMayLeadToTheCeo() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("orphan").role("r")
                .line("r", "orphan").line("r", "ceo")).build();
        assertEquals(List.of("p1:orphan", "p2:orphan"), found(d));
    }

    @Test
    void dottedLinesLeadNowhere() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").role("r").dotted("r", "ceo")).build();
        assertEquals(List.of("p1:r", "p2:r"), found(d));
    }

    @Test
    void theImplicitTeamEdgeLeadsUp() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").team("t").role("r", r -> r.team("t"))
                .line("t", "ceo")).build();
        assertTrue(found(d).isEmpty());
    }

    @Test
    void aRoleWithItsOwnSolidLineHasNoImplicitEdgeToItsTeam() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").team("t").role("x").role("r", r -> r.team("t"))
                .line("t", "ceo").line("r", "x")).build();
        assertEquals(List.of("p1:r", "p1:x", "p2:r", "p2:x"), found(d));
    }

    @Test
    void inactiveNodesAreNotFoundAndCeoExecutivesNeedNoPath() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").ceo("ceo2").team("t", null, "p2", "p2")
                .role("r", r -> r.phases("p1", "p1")).role("q", r -> r.team("t"))).build();
        assertEquals(List.of("p1:r", "p2:q", "p2:t"), found(d));
    }

    @Test
    void executivesAreActiveInEveryPhase() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").executive("it", Office.IT)
                .role("r", r -> r.phases("p2", "p2")).line("r", "it").line("it", "ceo")).build();
        assertTrue(found(d).isEmpty());
    }

    @Test
    void aPathMayEndAtAnyCeoExecutive() {
        Design d = plan().scenario("s", s -> s.ceo("ceo").ceo("ceo2").role("r").line("r", "ceo2")).build();
        assertTrue(found(d).isEmpty());
    }
}
