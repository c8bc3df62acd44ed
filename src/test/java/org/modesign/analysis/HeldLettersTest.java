package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Raci;
import org.modesign.model.Scope;

/** Held letters (format-v2.md §3, §7): a letter holds within its own span and while its holder is active. */
class HeldLettersTest {

    private static List<String> phases(List<Finding> findings) {
        return findings.stream().map(Finding::phase).toList();
    }

    /** Phases p1..p4, capability dq required in all of them. */
    private static TestDesigns fourPhases() {
        return design().capability("dq", Scope.GLOBAL, Archetype.MODELER)
                .phase("p1", "dq").phase("p2", "dq").phase("p3", "dq").phase("p4", "dq");
    }

    @Test
    void aLetterWithASpanStaffsOnlyInItsSpan() {
        Design d = fourPhases().scenario("s", s -> s.role("r1", r -> r.holds("dq", Raci.A, "p2", "p3"))).build();
        assertEquals(List.of("p1", "p4"), phases(findings(d, Rule.UNSTAFFED_CAPABILITY)));
    }

    @Test
    void aLetterIsHeldOnlyWhileItsHolderIsActiveEvenWhenItsSpanReachesFurther() {
        Design d = fourPhases().scenario("s", s -> s.team("t", null, "p2", "p4")
                .role("r1", r -> r.team("t").phases("p1", "p3").holds("dq", Raci.A, "p1", "p4"))).build();
        assertEquals(List.of("p1", "p4"), phases(findings(d, Rule.UNSTAFFED_CAPABILITY)));
        ScenarioIndex index = ScenarioIndex.of(d, d.scenarios().get(0));
        HeldLetters letters = index.letters();
        assertEquals(1, letters.count(0));
        assertEquals(1, letters.heldFrom(0, 0));
        assertEquals(2, letters.heldTo(0, 0));
    }

    @Test
    void aLetterWithoutSpanHoldsInEveryPhaseItsHolderIsActive() {
        Design d = fourPhases().scenario("s", s -> s.role("r1", r -> r.phases("p2", "p3").a("dq"))).build();
        assertEquals(List.of("p1", "p4"), phases(findings(d, Rule.UNSTAFFED_CAPABILITY)));
    }

    @Test
    void aRoleWhoseLetterChangesIsAccountableThenOnlyConsulted() {
        Design d = fourPhases().scenario("s", s -> s
                .role("r1", r -> r.archetype(Archetype.MAKER).holds("dq", Raci.A, null, "p2")
                        .holds("dq", Raci.C, "p3", null))
                .role("r2", r -> r.holds("dq", Raci.R, "p3", null))).build();
        assertEquals(List.of(), findings(d, Rule.UNSTAFFED_CAPABILITY));
        assertEquals(List.of("p3", "p4"), phases(findings(d, Rule.MISSING_ACCOUNTABLE)));
        assertEquals(List.of("p1", "p2"), phases(findings(d, Rule.ARCHETYPE_MISMATCH)));
        ScenarioIndex index = ScenarioIndex.of(d, d.scenarios().get(0));
        assertEquals(Raci.A, index.letters().letterOf(0, 0, 1));
        assertEquals(Raci.C, index.letters().letterOf(0, 0, 2));
        assertNull(index.letters().letterOf(1, 0, 0));
    }

    @Test
    void overlapsCountOnlyLettersHeldInThePhase() {
        Design d = fourPhases().scenario("s", s -> s.role("r1", r -> r.holds("dq", Raci.A, null, "p2"))
                .role("r2", r -> r.holds("dq", Raci.A, "p2", null))).build();
        assertEquals(List.of("p2"), phases(findings(d, Rule.OVERLAPPING_RESPONSIBILITY)));
    }

    @Test
    void duplicatedCapabilitiesAndPlacementCountHeldLetters() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm").phase("p2", "crm")
                .scenario("s", s -> s.role("r1", r -> r.region("emea").a("crm"))
                        .role("r2", r -> r.region("apac").holds("crm", Raci.A, "p2", "p2")))
                .build();
        ScenarioMetrics m = Metrics.of(d, d.scenarios().get(0));
        assertEquals(0, m.phases().get(0).duplicatedCapabilities());
        assertEquals(1, m.phases().get(1).duplicatedCapabilities());
        ScenarioIndex index = ScenarioIndex.of(d, d.scenarios().get(0));
        assertEquals(List.of("emea"), CapabilityPlacement.of(index, 0).capabilities().get(0).regions());
        assertEquals(List.of("emea", "apac"), CapabilityPlacement.of(index, 1).capabilities().get(0).regions());
    }

    @Test
    void theMatrixShowsTheLetterHeldInThePhaseAndOverAllPhasesTheFirstListed() {
        Design d = fourPhases().scenario("s", s -> s.role("r1", r -> r.holds("dq", Raci.A, null, "p2")
                .holds("dq", Raci.C, "p3", null))).build();
        ScenarioIndex index = ScenarioIndex.of(d, d.scenarios().get(0));
        assertEquals(Raci.A, RaciGrid.of(index, "p1", RaciGrid.Grouping.TEAM).letter(0, 0));
        assertEquals(Raci.C, RaciGrid.of(index, "p4", RaciGrid.Grouping.TEAM).letter(0, 0));
        RaciGrid all = RaciGrid.of(index, null, RaciGrid.Grouping.TEAM);
        assertEquals(1, all.cellCount(0));
        assertEquals(Raci.A, all.letter(0, 0));
    }

    @Test
    void accountableHoldersAreListedPerCapabilityRegionAndPhase() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm").phase("p2", "crm")
                .scenario("s", s -> s.executive("cmo", org.modesign.model.Office.CMO,
                                TestDesigns.letter("crm", Raci.A, "p2", null))
                        .role("r2", r -> r.region("emea").a("crm"))
                        .role("r1", r -> r.region("apac").a("crm"))
                        .role("r3", r -> r.region("emea").r("crm")))
                .build();
        HeldLetters letters = ScenarioIndex.of(d, d.scenarios().get(0)).letters();
        assertEquals(List.of("r2"), letters.accountable("crm", "emea", "p1"));
        assertEquals(List.of("r1", "r2"), letters.accountable("crm", "global", "p1"));
        assertEquals(List.of("cmo", "r2"), letters.accountable("crm", "emea", "p2"));
        assertEquals(List.of("cmo", "r1"), letters.accountable("crm", "apac", "p2"));
        assertEquals(List.of(), letters.accountable("crm", "mars", "p2"));
        assertTrue(letters.accountable("nothing", "emea", "p2").isEmpty());
    }
}
