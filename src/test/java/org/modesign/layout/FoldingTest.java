package org.modesign.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.modesign.model.Scenario;

class FoldingTest {

    /** ceo ▸ cmo ▸ ops (team) ∋ a, b; ceo ▸ cfo; a ▸ x (a report of a member). */
    private static Scenario chart() {
        return new Charts().executive("ceo").executive("cmo").executive("cfo").team("ops").role("a", "ops")
                .role("b", "ops").role("x").solid("cmo", "ceo").solid("cfo", "ceo").solid("ops", "cmo")
                .solid("x", "a").scenario();
    }

    @Test
    void collapsingACardHidesItsBranchIntoItsRollUp() {
        Folding folding = Folding.of(chart());
        Folding.Folded folded = folding.fold(List.of("ops"));
        assertFalse(folded.hidden(folding.indexOf("ops")));
        for (String id : List.of("a", "b", "x")) {
            assertTrue(folded.hidden(folding.indexOf(id)), id);
            assertEquals(folding.indexOf("ops"), folded.owner(folding.indexOf(id)));
        }
        assertFalse(folded.hidden(folding.indexOf("cfo")));
        assertEquals(1, folded.collapsed().length);
    }

    @Test
    void aCollapsedCardInsideAFoldedBranchGivesItsCardsToTheHighestShownOne() {
        Folding folding = Folding.of(chart());
        Folding.Folded folded = folding.fold(List.of("a", "cmo"));
        assertEquals(folding.indexOf("cmo"), folded.owner(folding.indexOf("x")));
        assertEquals(folding.indexOf("cmo"), folded.owner(folding.indexOf("a")));
        assertEquals(List.of(folding.indexOf("cmo")), List.of(folded.collapsed()[0]));
        assertEquals(1, folded.collapsed().length, "a collapsed card that is hidden has no roll-up of its own");
    }

    @Test
    void onlyCardsWithReportsOrMembersFold() {
        Folding folding = Folding.of(chart());
        assertTrue(folding.foldable(folding.indexOf("ops")), "a team folds its members");
        assertTrue(folding.foldable(folding.indexOf("a")), "a member with a report of its own folds");
        assertFalse(folding.foldable(folding.indexOf("b")));
        assertFalse(folding.fold(List.of("b", "nobody")).any());
        assertEquals(List.of("cmo"), folding.foldableReports("ceo"));
        assertEquals(List.of("a", "ops", "cmo", "ceo"), folding.above("x"));
        assertEquals(6, folding.branchSize(folding.indexOf("ceo")));
    }

    @Test
    void aLargeChartOpensWithTheLevelsBelowTheFirstFewFolded() {
        Charts charts = new Charts().executive("ceo");
        for (int t = 0; t < 20; t++) {
            charts.team("t" + t).solid("t" + t, "ceo");
            for (int m = 0; m < 10; m++) {
                charts.role("t" + t + "m" + m, "t" + t);
            }
        }
        Folding folding = Folding.of(charts.scenario());
        Set<String> opening = folding.opening(30);
        assertEquals(20, opening.size(), "the teams (level one) are collapsed: " + opening);
        assertTrue(opening.contains("t0") && opening.contains("t19"));
        assertTrue(Folding.of(chart()).opening(30).isEmpty(), "a chart of a screenful opens whole");
    }

    @Property(tries = 200)
    void theArrangedViewOfAFoldedChartHasNoOverlapsAndRoomForEachRollUp(
            @ForAll("charts") List<TreeLayoutPropertiesTest.Card> cards, @ForAll long seed) {
        Scenario scenario = TreeLayoutPropertiesTest.scenario(cards);
        Folding folding = Folding.of(scenario);
        java.util.Random random = new java.util.Random(seed);
        List<String> collapsed = new ArrayList<>();
        for (int v = 0; v < folding.size(); v++) {
            if (folding.foldable(v) && random.nextInt(3) == 0) {
                collapsed.add(folding.id(v));
            }
        }
        Folding.Folded folded = folding.fold(collapsed);
        Spacing s = Spacing.CARDS;
        double[][] xy = folding.arranged(folded, s, s.verticalGap());
        List<String> ids = new ArrayList<>();
        List<double[]> places = new ArrayList<>();
        for (int v = 0; v < folding.size(); v++) {
            if (!folded.hidden(v)) {
                ids.add(folding.id(v));
                places.add(new double[] {xy[0][v], xy[1][v]});
                int p = folding.parent(v);
                if (p >= 0) {
                    assertTrue(xy[1][v] >= xy[1][p] + s.cardHeight(), "below its parent");
                }
            }
        }
        for (int c : folded.collapsed()) {
            ids.add("roll-up of " + folding.id(c));
            places.add(new double[] {xy[0][c], xy[1][c] + s.cardHeight() + 24});
        }
        String[] idArray = ids.toArray(new String[0]);
        double[] xs = places.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = places.stream().mapToDouble(p -> p[1]).toArray();
        assertEquals(Optional.empty(), Charts.overlap(new Placement(idArray, xs, ys, s.cardWidth(), s.cardHeight()),
                s.cardWidth(), s.cardHeight()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<TreeLayoutPropertiesTest.Card>> charts() {
        return new TreeLayoutPropertiesTest().charts();
    }
}
