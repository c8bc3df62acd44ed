package org.modesign.outline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

class OutlineTreeTest {

    /**
     * CEO ← CMO (right) and CIO (left); CMO ← Ops lead; team CoE under CMO holds Analyst (no line of
     * its own) and Engineer (who reports to the CIO); Ops lead has a dotted line to the CIO; Analyst
     * also serves on team Squad under the CIO.
     */
    static Scenario scenario() {
        List<Node> nodes = List.of(
                new Executive("ceo", Office.CEO, "Chief executive", 0, 0),
                new Executive("cmo", Office.CMO, "Chief marketing officer", 400, 100),
                new Executive("cio", Office.IT, "Chief information officer", 0, 100),
                Role.of("ops", "Marketing operations lead", Archetype.LEADER, 500, 200),
                new Team("coe", "Martech CoE", null, null, null, 300, 200),
                Role.of("analyst", "Data analyst", Archetype.MODELER, 300, 300).withTeam("coe")
                        .withAlsoIn(List.of("squad")),
                Role.of("engineer", "Integration engineer", Archetype.MAKER, 200, 300).withTeam("coe"),
                new Team("squad", "Data squad", null, null, null, 0, 200));
        List<Line> lines = List.of(
                new Line("cmo", "ceo", LineStyle.SOLID), new Line("cio", "ceo", LineStyle.SOLID),
                new Line("ops", "cmo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID),
                new Line("engineer", "cio", LineStyle.SOLID), new Line("ops", "cio", LineStyle.DOTTED),
                new Line("squad", "cio", LineStyle.SOLID));
        return new Scenario("s", "S", Strategy.CENTRALIZED, nodes, lines);
    }

    private static List<String> ids(OutlineTree tree, int[] cards) {
        List<String> ids = new ArrayList<>();
        for (int v : cards) {
            ids.add(tree.id(v));
        }
        return ids;
    }

    @Test
    void cardsHangUnderTheirSolidLineOrTheirTeamInTheChartsOrder() {
        OutlineTree tree = OutlineTree.of(scenario());
        assertEquals(List.of("ceo"), ids(tree, tree.roots()));
        assertEquals(List.of("cio", "cmo"), ids(tree, tree.children(tree.indexOf("ceo"))), "left to right");
        assertEquals(List.of("coe", "ops"), ids(tree, tree.children(tree.indexOf("cmo"))));
        assertEquals(List.of("analyst"), ids(tree, tree.children(tree.indexOf("coe"))),
                "a member without a line of its own hangs under its team");
        assertEquals(List.of("squad", "engineer"), ids(tree, tree.children(tree.indexOf("cio"))));
        assertEquals(tree.indexOf("cio"), tree.parent(tree.indexOf("engineer")));
        assertEquals(List.of("ceo", "cmo", "coe", "analyst"), ids(tree, tree.path(tree.indexOf("analyst"))));
    }

    @Test
    void dottedLinesTeamsAndTeamsServedOnGiveSecondEntries() {
        OutlineTree tree = OutlineTree.of(scenario());
        assertEquals(List.of("ops"), ids(tree, tree.secondEntries(tree.indexOf("cio"))), "the dotted line");
        assertEquals(List.of("engineer"), ids(tree, tree.secondEntries(tree.indexOf("coe"))),
                "a member reporting elsewhere is listed under its team too");
        assertEquals(List.of("analyst"), ids(tree, tree.secondEntries(tree.indexOf("squad"))), "a team served on");
        assertEquals(3, tree.secondaryCount());
        assertArrayEquals(new int[0], tree.secondEntries(tree.indexOf("cmo")));
    }

    @Test
    void everyCardIsReachedOnceFromTheTop() {
        Scenario scenario = DesignGenerator.generate(new GeneratorSpec(3_000, 3, 3, 22, 1, 7)).scenarios().get(0);
        OutlineTree tree = OutlineTree.of(scenario);
        boolean[] seen = new boolean[tree.size()];
        List<Integer> queue = new ArrayList<>();
        for (int r : tree.roots()) {
            queue.add(r);
        }
        for (int head = 0; head < queue.size(); head++) {
            int v = queue.get(head);
            assertFalse(seen[v], "reached twice: " + tree.id(v));
            seen[v] = true;
            for (int c : tree.children(v)) {
                assertEquals(v, tree.parent(c));
                queue.add(c);
            }
        }
        assertEquals(scenario.nodes().size(), queue.size());
    }

    @Test
    void theFilterLeavesTheMatchesAndTheCardsAboveThem() {
        OutlineTree tree = OutlineTree.of(scenario());
        OutlineFilter filter = tree.filter("  ANALYST ");
        assertEquals(1, filter.matchCount());
        assertTrue(filter.matches(tree.indexOf("analyst")));
        for (String shown : List.of("analyst", "coe", "cmo", "ceo")) {
            assertTrue(filter.shows(tree.indexOf(shown)), shown);
        }
        for (String hidden : List.of("cio", "ops", "engineer", "squad")) {
            assertFalse(filter.shows(tree.indexOf(hidden)), hidden);
        }
        assertFalse(filter.matches(tree.indexOf("cmo")), "a manager shows without matching");
        assertEquals(3, tree.filter("chief ").matchCount(), "three chiefs");
        assertTrue(tree.filter("").isEmpty());
        assertEquals(0, tree.filter("nobody here").matchCount());
    }

    @Test
    void aCardMovesOnlyUnderACardOutsideItsBranchAndIntoATeamOnlyAsARole() {
        OutlineTree tree = OutlineTree.of(scenario());
        int cmo = tree.indexOf("cmo");
        assertFalse(tree.canMoveUnder(cmo, tree.indexOf("analyst")), "not under its own report");
        assertFalse(tree.canMoveUnder(cmo, cmo), "not under itself");
        assertFalse(tree.canMoveUnder(cmo, tree.indexOf("ceo")), "already there");
        assertTrue(tree.canMoveUnder(tree.indexOf("ops"), tree.indexOf("cio")));
        assertTrue(tree.canMoveUnder(tree.indexOf("ops"), tree.indexOf("squad")), "a role joins a team");
        assertFalse(tree.canMoveUnder(tree.indexOf("cio"), tree.indexOf("coe")), "an executive is no member");
    }
}
