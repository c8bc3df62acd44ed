package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.CapabilityPlacement.Held;
import org.modesign.analysis.CapabilityPlacement.Where;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Scope;

class CapabilityPlacementTest {

    /** Platform "stack" and "data", expression "campaigns", governance "budget"; regions emea, apac. */
    private static TestDesigns catalogue() {
        return design().regions("emea", "apac")
                .capability("stack", Layer.PLATFORM, Scope.GLOBAL, Archetype.LEADER)
                .capability("campaigns", Layer.EXPRESSION, Scope.PER_REGION, Archetype.MARKETER)
                .capability("data", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER)
                .capability("budget", Layer.GOVERNANCE, Scope.GLOBAL, Archetype.LEADER)
                .phase("p1").phase("p2");
    }

    private static List<CapabilityPlacement> placement(Design d) {
        return CapabilityPlacement.of(ScenarioIndex.of(d, d.scenarios().get(0)));
    }

    @Test
    void globalRolesHoldCentrallyRegionalRolesPerRegionAndResponsibleOnlyIsNotHeld() {
        Design d = catalogue().scenario("s", s -> s.ceo("ceo").team("apac-team", "apac", null, null)
                .role("arch", r -> r.a("stack"))
                .role("emea-mkt", r -> r.region("emea").a("campaigns"))
                .role("apac-mkt", r -> r.team("apac-team").a("campaigns"))
                .role("analyst", r -> r.r("data"))).build();
        CapabilityPlacement p1 = placement(d).get(0);
        assertEquals("p1", p1.phase());
        assertEquals(List.of("stack", "campaigns", "data", "budget"),
                p1.capabilities().stream().map(h -> h.capability().id()).toList(), "catalogue order");
        Held stack = p1.capabilities().get(0);
        assertEquals(Where.CENTRAL, stack.where());
        assertTrue(stack.central());
        assertEquals(List.of(), stack.regions());
        Held campaigns = p1.capabilities().get(1);
        assertEquals(Where.PER_REGION, campaigns.where());
        assertFalse(campaigns.central());
        assertEquals(List.of("emea", "apac"), campaigns.regions(), "the design's region order; a team's region counts");
        assertEquals(Where.NOWHERE, p1.capabilities().get(2).where(), "R alone does not hold a capability");
        assertEquals(Where.NOWHERE, p1.capabilities().get(3).where());
    }

    @Test
    void aCapabilityHeldCentrallyAndInARegionIsPerRegionAndSaysSo() {
        Design d = catalogue().scenario("s", s -> s.ceo("ceo")
                .role("global", r -> r.a("campaigns"))
                .role("apac", r -> r.region("apac").a("campaigns"))).build();
        Held campaigns = placement(d).get(0).capabilities().get(1);
        assertEquals(Where.PER_REGION, campaigns.where());
        assertTrue(campaigns.central());
        assertEquals(List.of("apac"), campaigns.regions());
    }

    @Test
    void onlyRolesActiveInThePhaseCount() {
        Design d = catalogue().scenario("s", s -> s.ceo("ceo")
                .role("early", r -> r.region("emea").a("campaigns").phases("p1", "p1"))
                .role("late", r -> r.a("campaigns").phases("p2", "p2"))).build();
        List<CapabilityPlacement> phases = placement(d);
        assertEquals(List.of("emea"), phases.get(0).capabilities().get(1).regions());
        assertEquals(Where.CENTRAL, phases.get(1).capabilities().get(1).where());
    }

    @Test
    void capabilitiesAreGroupedByLayerAndPlace() {
        Design d = catalogue().scenario("s", s -> s.ceo("ceo")
                .role("arch", r -> r.a("stack").a("budget"))
                .role("analyst", r -> r.region("emea").a("data"))).build();
        CapabilityPlacement p1 = placement(d).get(0);
        assertEquals(List.of("stack"), ids(p1.in(Layer.PLATFORM, Where.CENTRAL)));
        assertEquals(List.of("data"), ids(p1.in(Layer.PLATFORM, Where.PER_REGION)));
        assertEquals(List.of("campaigns"), ids(p1.in(Layer.EXPRESSION, Where.NOWHERE)));
        assertEquals(List.of("budget"), ids(p1.in(Layer.GOVERNANCE, Where.CENTRAL)));
        assertEquals(List.of(), ids(p1.in(Layer.GOVERNANCE, Where.PER_REGION)));
    }

    @Test
    void placementRowsPairCapabilitiesByIdGroupedByLayerAndTellWhatChanged() {
        Design a = catalogue().scenario("s", s -> s.ceo("ceo")
                .role("g", r -> r.a("campaigns").a("stack"))).build();
        Design b = design().regions("emea")
                .capability("budget", Layer.GOVERNANCE, Scope.GLOBAL, Archetype.LEADER)
                .capability("campaigns", Layer.EXPRESSION, Scope.PER_REGION, Archetype.MARKETER)
                .capability("seo", Layer.EXPRESSION, Scope.PER_REGION, Archetype.MARKETER)
                .capability("stack", Layer.PLATFORM, Scope.GLOBAL, Archetype.LEADER)
                .phase("p1").scenario("s", s -> s.ceo("ceo")
                        .role("g", r -> r.a("stack"))
                        .role("e", r -> r.region("emea").a("campaigns"))).build();
        List<PlacementRow> rows = PlacementRow.of(placement(a).get(0), placement(b).get(0));
        assertEquals(List.of("stack", "data", "campaigns", "seo", "budget"),
                rows.stream().map(PlacementRow::capability).toList());
        assertEquals(List.of(Layer.PLATFORM, Layer.PLATFORM, Layer.EXPRESSION, Layer.EXPRESSION, Layer.GOVERNANCE),
                rows.stream().map(PlacementRow::layer).toList());
        assertFalse(rows.get(0).differs(), "stack is central in both");
        assertTrue(rows.get(1).differs(), "data exists only in A");
        assertNull(rows.get(1).b());
        assertTrue(rows.get(2).differs(), "campaigns moved from the centre to EMEA");
        assertEquals("Do seo", rows.get(3).name());
        assertNull(rows.get(3).a());
        assertFalse(rows.get(4).differs(), "budget is held nowhere in both");
        assertEquals(List.of(), PlacementRow.of(null, null));
    }

    private static List<String> ids(List<Held> held) {
        return held.stream().map(h -> h.capability().id()).toList();
    }
}
