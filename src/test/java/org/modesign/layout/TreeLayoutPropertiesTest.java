package org.modesign.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modesign.model.Scenario;

class TreeLayoutPropertiesTest {

    /** One card: its kind, the card its solid line runs to, a second solid line, a dotted line, its team. */
    record Card(int kind, int solid, int secondSolid, int dotted, int team) {
    }

    @Provide
    Arbitrary<List<Card>> charts() {
        Arbitrary<Integer> target = Arbitraries.integers().between(-1, 150);
        Arbitrary<Card> card = Combinators.combine(Arbitraries.integers().between(0, 2), target, target, target,
                target).as(Card::new);
        return card.list().ofMaxSize(150);
    }

    @Provide
    Arbitrary<Spacing> spacings() {
        return Arbitraries.of(Spacing.DEFAULT, new Spacing(100, 40, 0, 0, 0, 0), new Spacing(50, 90, 3, 1, 40, 60));
    }

    /** A scenario from the cards; references past the end wrap around, so cycles and self lines occur. */
    static Scenario scenario(List<Card> cards) {
        Charts charts = new Charts();
        int n = cards.size();
        for (int i = 0; i < n; i++) {
            Card card = cards.get(i);
            String team = card.team() < 0 ? null : "n" + card.team() % n;
            switch (card.kind()) {
                case 0 -> charts.role("n" + i, team);
                case 1 -> charts.team("n" + i);
                default -> charts.executive("n" + i);
            }
        }
        for (int i = 0; i < n; i++) {
            Card card = cards.get(i);
            if (card.solid() >= 0) {
                charts.solid("n" + i, "n" + card.solid() % n);
            }
            if (card.secondSolid() >= 0 && card.secondSolid() % 3 == 0) {
                charts.solid("n" + i, "n" + card.secondSolid() % n);
            }
            if (card.dotted() >= 0) {
                charts.dotted("n" + i, "n" + card.dotted() % n);
            }
        }
        return charts.scenario();
    }

    @Property(tries = 500)
    void noTwoCardsOverlapAndEveryCardIsBelowItsParent(@ForAll("charts") List<Card> cards,
            @ForAll("spacings") Spacing spacing, @ForAll boolean compact) {
        Scenario scenario = scenario(cards);
        Placement placement = new TreeLayout(spacing, compact).layout(scenario);
        assertEquals(scenario.nodes().size(), placement.size());
        assertEquals(Optional.empty(), Charts.overlap(placement, spacing.cardWidth(), spacing.cardHeight()));
        Forest forest = Forest.of(scenario);
        for (int i = 0; i < placement.size(); i++) {
            assertTrue(Double.isFinite(placement.x(i)) && placement.x(i) >= 0);
            int parent = forest.parent(i);
            if (parent >= 0) {
                assertTrue(placement.y(i) >= placement.y(parent) + spacing.cardHeight(),
                        placement.id(i) + " is not below its parent " + placement.id(parent));
            } else if (!compact) {
                assertEquals(0, placement.y(i));
            }
        }
    }

    @Property(tries = 30)
    void aStarOfAThousandReportsKeepsNearAScreensShape(@ForAll("spacings") Spacing spacing,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1000, max = 1200) int reports,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int teams) {
        Charts charts = new Charts().executive("ceo");
        for (int t = 0; t < teams; t++) {
            charts.team("t" + t).solid("t" + t, "ceo");
        }
        for (int i = 0; i < reports; i++) {
            charts.role("r" + i, teams == 0 ? null : "t" + i % teams);
            if (teams == 0) {
                charts.solid("r" + i, "ceo");
            }
        }
        Placement placement = new TreeLayout(spacing, true).layout(charts.scenario());
        assertEquals(Optional.empty(), Charts.overlap(placement, spacing.cardWidth(), spacing.cardHeight()));
        double aspect = placement.bounds().width() / placement.bounds().height();
        assertTrue(aspect > 1 / 3.0 && aspect < 4, "a star of " + reports + " under " + teams + " teams: " + aspect);
    }

    @Property(tries = 200)
    void everyCardHasAParentChainThatEndsInARoot(@ForAll("charts") List<Card> cards) {
        Forest forest = Forest.of(scenario(cards));
        for (int i = 0; i < forest.size(); i++) {
            int steps = 0;
            for (int k = i; forest.parent(k) >= 0; k = forest.parent(k)) {
                steps++;
                assertTrue(steps <= forest.size(), "a cycle was left in the forest");
            }
        }
    }
}
