package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.V2Fixtures.applied;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;

/** The design-wide fields of format version 2: a phase's goal, the currency and the cost per FTE. */
class PlanFieldsTest {

    private final Design design = V2Fixtures.design();

    @Test
    void aPhaseGoalIsAFreeText() {
        assertEquals("Own the data", applied(design, new SetPhaseGoal("p2", "Own the data")).phases().get(1).goal());
        assertEquals("", applied(design, new SetPhaseGoal("p1", null)).phases().get(0).goal());
        assertEquals(design.phases().get(0).requires(),
                applied(design, new SetPhaseGoal("p1", "")).phases().get(0).requires());
        assertSame(design, new SetPhaseGoal("p1", "Stop the bleeding").apply(design));
        refused(design, new SetPhaseGoal("p9", "x"), EditKey.NO_PHASE);
        refused(design, new SetPhaseGoal("p1", "x".repeat(Rules.MAX_TEXT + 1)), EditKey.TEXT_TOO_LONG);
        assertEquals("Set phase goal", new SetPhaseGoal("p1", "x").description());
    }

    @Test
    void theCurrencyIsAtMostEightCharacters() {
        assertEquals("EUR", applied(design, new SetCurrency("EUR")).settings().currency());
        assertEquals("", applied(design, new SetCurrency(null)).settings().currency());
        assertEquals("12345678", applied(design, new SetCurrency("12345678")).settings().currency());
        String emoji = "\uD83D\uDCB0".repeat(8);
        assertEquals(emoji, applied(design, new SetCurrency(emoji)).settings().currency(), "code points count");
        EditRejected rejected = refused(design, new SetCurrency("123456789"), EditKey.CURRENCY_TOO_LONG);
        assertEquals("A currency can be at most 8 characters long.", rejected.getMessage());
        refused(design, new SetCurrency(emoji + "\uD83D\uDCB0"), EditKey.CURRENCY_TOO_LONG);
        assertSame(design, new SetCurrency("USD").apply(design));
        assertEquals("Set currency", new SetCurrency("x").description());
    }

    @Test
    void theCostPerFteIsSetPerArchetypeAndZeroIsTheDefault() {
        Design after = applied(design, new SetCostPerFte(Archetype.MAKER, 130_000));
        assertEquals(Map.of(Archetype.MAESTRO, 120_000.0, Archetype.MAKER, 130_000.0), after.settings().costPerFte());
        after = applied(design, new SetCostPerFte(Archetype.MAESTRO, 0));
        assertEquals(Map.of(), after.settings().costPerFte());
        assertEquals(Fixtures.design(), applied(Fixtures.design(), new SetCostPerFte(Archetype.LEADER, 1))
                .withSettings(Fixtures.design().settings()));
        assertSame(design, new SetCostPerFte(Archetype.MAESTRO, 120_000).apply(design));
        assertSame(design, new SetCostPerFte(Archetype.LEADER, 0).apply(design));
        refused(design, new SetCostPerFte(Archetype.MAKER, -1), EditKey.COST_RANGE);
        refused(design, new SetCostPerFte(Archetype.MAKER, Double.POSITIVE_INFINITY), EditKey.COST_RANGE);
        assertEquals("Set cost per FTE", new SetCostPerFte(Archetype.MAKER, 1).description());
    }
}
