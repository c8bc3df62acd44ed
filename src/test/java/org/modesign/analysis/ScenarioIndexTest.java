package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Scope;

class ScenarioIndexTest {

    private static ScenarioIndex index(Design d) {
        return ScenarioIndex.of(d, d.scenarios().get(0));
    }

    private static List<String> ups(ScenarioIndex index, String id) {
        int v = index.indexOf(id);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < index.upEdgeCount(v); k++) {
            ids.add(index.id(index.upEdge(v, k)));
        }
        return ids;
    }

    private static List<String> reports(ScenarioIndex index, String id) {
        int v = index.indexOf(id);
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < index.directReportCount(v); k++) {
            ids.add(index.id(index.directReport(v, k)));
        }
        return ids;
    }

    @Test
    void upEdgesAreSolidLinesInFileOrderOrTheImplicitTeamEdge() {
        Design d = design().phase("p1").scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO).team("t")
                .role("a", r -> r.team("t")).role("b", r -> r.team("t")).role("c", r -> r.team("t"))
                .line("b", "cmo").line("b", "ceo").dotted("c", "cmo").line("t", "cmo")).build();
        ScenarioIndex index = index(d);
        assertEquals(List.of("t"), ups(index, "a"));
        assertTrue(index.hasImplicitUpEdge(index.indexOf("a")));
        assertEquals(List.of("cmo", "ceo"), ups(index, "b"));
        assertFalse(index.hasImplicitUpEdge(index.indexOf("b")));
        assertEquals(2, index.solidLineCount(index.indexOf("b")));
        assertEquals(List.of("t"), ups(index, "c"));
        assertEquals(0, index.solidLineCount(index.indexOf("c")));
        assertEquals(List.of(), ups(index, "ceo"));
        assertEquals(-1, index.firstUp(index.indexOf("ceo")));
        assertEquals(List.of("a", "c"), reports(index, "t"));
        assertEquals(List.of("t", "b"), reports(index, "cmo"));
        assertEquals(List.of("b"), reports(index, "ceo"));
    }

    @Test
    void activityOfARoleIsNarrowedByItsTeam() {
        Design d = design().phase("p1").phase("p2").phase("p3").phase("p4")
                .scenario("s", s -> s.ceo("ceo").team("t", null, "p2", "p3").role("r", r -> r.team("t"))
                        .role("q", r -> r.team("t").phases("p3", "p4")).role("x", r -> r.phases("p4", "p4"))
                        .role("never", r -> r.team("t").phases("p4", "p4")))
                .build();
        ScenarioIndex index = index(d);
        int r = index.indexOf("r");
        assertEquals(1, index.fromIdx(r));
        assertEquals(2, index.toIdx(r));
        int q = index.indexOf("q");
        assertEquals(2, index.fromIdx(q));
        assertEquals(2, index.toIdx(q));
        assertFalse(index.isActive(index.indexOf("x"), 2));
        assertTrue(index.isActive(index.indexOf("x"), 3));
        int ceo = index.indexOf("ceo");
        for (int p = 0; p < 4; p++) {
            assertTrue(index.isActive(ceo, p));
            assertFalse(index.isActive(index.indexOf("never"), p));
        }
    }

    @Test
    void regionsComeFromTheRoleThenItsTeamThenGlobal() {
        Design d = design().regions("emea", "apac").phase("p1")
                .scenario("s", s -> s.ceo("ceo").team("te", "emea", null, null).team("tg")
                        .role("own", r -> r.team("te").region("apac")).role("byTeam", r -> r.team("te"))
                        .role("byGlobalTeam", r -> r.team("tg")).role("none"))
                .build();
        ScenarioIndex index = index(d);
        assertEquals("apac", index.region(index.indexOf("own")));
        assertEquals("emea", index.region(index.indexOf("byTeam")));
        assertEquals("global", index.region(index.indexOf("byGlobalTeam")));
        assertEquals("global", index.region(index.indexOf("none")));
        assertEquals("global", index.region(index.indexOf("tg")));
        assertNull(index.region(index.indexOf("ceo")));
        assertEquals(2, index.regionIndex(index.indexOf("own")));
    }

    @Test
    void theOfficeIsThatOfTheFirstExecutiveOnTheChainWhateverTheActivity() {
        Design d = design().phase("p1").phase("p2")
                .scenario("s", s -> s.ceo("ceo").executive("it", Office.IT).team("t", null, "p2", "p2")
                        .role("r", r -> r.team("t")).role("lone").role("m", r -> r.phases("p1", "p1"))
                        .role("q").line("t", "it").line("it", "ceo").line("q", "m").line("q", "ceo").line("m", "ceo"))
                .build();
        ScenarioIndex index = index(d);
        assertEquals(Office.IT, index.office(index.indexOf("r")));
        assertEquals(Office.IT, index.office(index.indexOf("it")));
        assertEquals(Office.CEO, index.office(index.indexOf("q")));
        assertNull(index.office(index.indexOf("lone")));
    }

    @Test
    void aChainThatLoopsEndsWithoutOfficeOrAtTheExecutiveInTheLoop() {
        Design d = design().phase("p1")
                .scenario("s", s -> s.executive("cfo", Office.CFO).role("a").role("b").role("c").role("tail")
                        .role("x").role("y").line("a", "b").line("b", "c").line("c", "a").line("tail", "a")
                        .line("x", "cfo").line("cfo", "y").line("y", "x"))
                .build();
        ScenarioIndex index = index(d);
        for (String id : List.of("a", "b", "c", "tail")) {
            assertNull(index.office(index.indexOf(id)), id);
        }
        assertEquals(Office.CFO, index.office(index.indexOf("x")));
        assertEquals(Office.CFO, index.office(index.indexOf("y")));
    }

    @Test
    void holdersArePerCapabilityInNodeOrder() {
        Design d = design().capability("c1", Scope.GLOBAL, Archetype.MAKER)
                .capability("c2", Scope.GLOBAL, Archetype.MAKER).phase("p1")
                .scenario("s", s -> s.role("b", r -> r.r("c2").a("c1")).role("a", r -> r.a("c2"))).build();
        ScenarioIndex index = index(d);
        int c2 = index.designIndex().capabilityIndex("c2");
        assertEquals(2, index.holderCount(c2));
        assertEquals("b", index.id(index.holder(c2, 0)));
        assertEquals(Raci.R, index.holderLetter(c2, 0));
        assertEquals("a", index.id(index.holder(c2, 1)));
        assertEquals(1, index.holderCount(index.designIndex().capabilityIndex("c1")));
    }
}
