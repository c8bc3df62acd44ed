package org.modesign.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Staffing;
import org.modesign.model.Archetype;

/** The semantic diff: by id, field by field, moves counted. */
class DesignDiffTest {

    private final Design base = MergeFixtures.base();

    private static List<String> lines(DesignDiff diff) {
        return diff.changes().stream().map(c -> c.op() + " " + c.path() + " " + c.kind() + " " + c.id() + " "
                + c.field() + " " + Values.text(c.before()) + " -> " + Values.text(c.after())).toList();
    }

    @Test
    void aDesignHasNoDifferenceFromItself() {
        assertTrue(DesignDiff.of(base, base).isEmpty());
        assertTrue(DesignDiff.of(base, MergeFixtures.base()).isEmpty());
    }

    @Test
    void fieldsOfANodeAreListedOneByOne() {
        Design b = MergeFixtures.role(base, "r2", r -> r.withTitle("Senior analyst").withFte(0.5)
                .withStaffing(Staffing.OPEN).withArchetype(Archetype.MAKER));
        assertEquals(List.of(
                "CHANGED scenarios[0].nodes[5].title role r2 title \"Analyst\" -> \"Senior analyst\"",
                "CHANGED scenarios[0].nodes[5].archetype role r2 archetype modeler -> maker",
                "CHANGED scenarios[0].nodes[5].staffing role r2 staffing filled -> open",
                "CHANGED scenarios[0].nodes[5].fte role r2 fte 1 -> 0.5"), lines(DesignDiff.of(base, b)));
        assertEquals("s", DesignDiff.of(base, b).changes().get(0).scenario());
        assertEquals("Senior analyst", DesignDiff.of(base, b).changes().get(0).label());
    }

    @Test
    void movesAreCountedNotListed() {
        Design b = MergeFixtures.node(base, "r1", n -> n.withPosition(1, 2));
        b = MergeFixtures.node(b, "r2", n -> n.withPosition(n.x(), 999));
        DesignDiff diff = DesignDiff.of(base, b);
        assertEquals(List.of(), diff.changes());
        assertEquals(2, diff.moved());
        assertEquals(java.util.Map.of("s", 2), diff.moves());
    }

    @Test
    void addedRemovedAndRestyledByIdNotByPosition() {
        Design b = MergeFixtures.removeNode(base, "r2");
        b = MergeFixtures.addNode(b, MergeFixtures.newRole("r9", "Web developer", "ops"),
                new Line("r9", "r1", LineStyle.DOTTED));
        var s = MergeFixtures.scenario(b);
        b = b.withScenario(0, s.withLines(s.lines().stream()
                .map(l -> l.from().equals("r1") ? l.withStyle(LineStyle.DOTTED) : l).toList()));
        assertEquals(List.of(
                "ADDED scenarios[0].nodes[6] role r9 null none -> role r9 \"Web developer\"",
                "REMOVED scenarios[0].nodes[5] role r2 null role r2 \"Analyst\" -> none",
                "CHANGED scenarios[0].lines[3].style line r1 -> ops style solid -> dotted",
                "ADDED scenarios[0].lines[4] line r9 -> r1 null none -> r9 -> r1 dotted",
                "REMOVED scenarios[0].lines[4] line r2 -> r1 null r2 -> r1 solid -> none"), lines(DesignDiff.of(base, b)));
    }

    @Test
    void designCatalogueAndStackFields() {
        Design b = base.withTitle("Acme 2").withSettings(base.settings().withCurrency("USD")
                .withCostPerFte(Archetype.MAKER, 120_000));
        b = b.withPhases(List.of(b.phases().get(1), b.phases().get(0).withGoal("Start")));
        var s = MergeFixtures.scenario(b);
        b = b.withScenario(0, s.withStack(List.of(s.stack().get(0).withOwner("r2"))));
        assertEquals(List.of(
                "CHANGED title design null title \"Acme\" -> \"Acme 2\"",
                "CHANGED settings.currency design null settings.currency \"\" -> \"USD\"",
                "CHANGED settings.costPerFte.maker design null settings.costPerFte.maker 0 -> 120000",
                "CHANGED phases[1].goal phase p1 goal \"\" -> \"Start\"",
                "REORDERED phases design null phases [p1, p2] -> [p2, p1]",
                "CHANGED scenarios[0].stack[0].owner deployment mkto@global owner \"r1\" -> \"r2\""),
                lines(DesignDiff.of(base, b)));
    }
}
