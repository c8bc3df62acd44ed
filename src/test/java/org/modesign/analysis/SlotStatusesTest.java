package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Scope;

class SlotStatusesTest {

    /**
     * Regions emea, apac. p1 requires crm (global) and web (per region); p2 requires crm only.
     * crm: accountable r1 in p1 and p2, plus a second accountable r2 from p2 (overlap in p2).
     * web: EMEA staffed by R only (missing accountable), APAC by nobody (unstaffed) in p1.
     * data: never required, held by nobody.
     */
    private static final Design DESIGN = design().regions("emea", "apac")
            .capability("crm", Scope.GLOBAL, Archetype.LEADER)
            .capability("web", Scope.PER_REGION, Archetype.LEADER)
            .capability("data", Scope.GLOBAL, Archetype.LEADER)
            .phase("p1", "crm", "web").phase("p2", "crm")
            .scenario("s", s -> s.role("r1", r -> r.a("crm").region("emea").r("web"))
                    .role("r2", r -> r.a("crm").phases("p2", null)))
            .scenario("other", s -> s.role("x", r -> r.a("web")))
            .build();

    private static SlotStatuses statuses(String phase) {
        return SlotStatuses.of(DESIGN, Validator.validate(DESIGN), "s", phase);
    }

    @Test
    void inOnePhaseEachCapabilityTakesItsWorstSlotWithTheRegionsThatHaveIt() {
        SlotStatuses p1 = statuses("p1");
        assertEquals(new CapabilityStatus(SlotStatus.STAFFED, "p1", List.of()), p1.status("crm"));
        assertEquals(new CapabilityStatus(SlotStatus.UNSTAFFED, "p1", List.of("apac")), p1.status("web"),
                "unstaffed in APAC is worse than no accountable in EMEA");
        assertEquals(new CapabilityStatus(SlotStatus.NOT_REQUIRED, "p1", List.of()), p1.status("data"));
        assertEquals(2, p1.findings("web").size(), "both slot findings of web stand behind its status");
        assertEquals(List.of(), p1.findings("crm"));
    }

    @Test
    void anOverlapShowsEvenWhereTheCapabilityIsNotRequired() {
        SlotStatuses p2 = statuses("p2");
        assertEquals(new CapabilityStatus(SlotStatus.OVERLAPPING, "p2", List.of("global")), p2.status("crm"));
        assertEquals(SlotStatus.NOT_REQUIRED, p2.status("web").status());
    }

    @Test
    void overAllPhasesTheWorstStatusIsShownWithTheFirstPhaseItOccursIn() {
        SlotStatuses all = statuses(null);
        assertEquals(new CapabilityStatus(SlotStatus.OVERLAPPING, "p2", List.of("global")), all.status("crm"));
        assertEquals(new CapabilityStatus(SlotStatus.UNSTAFFED, "p1", List.of("apac")), all.status("web"));
        assertEquals(new CapabilityStatus(SlotStatus.NOT_REQUIRED, null, List.of()), all.status("data"));
    }

    @Test
    void aCapabilityRequiredSomewhereAndWithoutFindingsIsStaffedOverAllPhases() {
        Design fixed = design().capability("crm", Scope.GLOBAL, Archetype.LEADER).phase("p1").phase("p2", "crm")
                .scenario("s", s -> s.role("r1", r -> r.a("crm"))).build();
        SlotStatuses all = SlotStatuses.of(fixed, Validator.validate(fixed), "s", null);
        assertEquals(new CapabilityStatus(SlotStatus.STAFFED, null, List.of()), all.status("crm"));
        assertEquals(SlotStatus.NOT_REQUIRED, SlotStatuses.of(fixed, Validator.validate(fixed), "s", "p1")
                .status("crm").status());
    }

    @Test
    void findingsOfOtherScenariosAreIgnoredAndUnknownCapabilitiesHaveNoStatus() {
        SlotStatuses other = SlotStatuses.of(DESIGN, Validator.validate(DESIGN), "other", "p1");
        assertEquals(SlotStatus.UNSTAFFED, other.status("crm").status());
        assertEquals(SlotStatus.STAFFED, other.status("web").status(), "x is global and accountable");
        assertNull(other.status("nothing"));
        assertEquals(List.of(), other.findings("nothing"));
    }

    @Test
    void onlyTheSlotRulesCount() {
        assertTrue(SlotStatus.UNSTAFFED.isProblem());
        assertTrue(SlotStatus.OVERLAPPING.isProblem());
        assertEquals(false, SlotStatus.STAFFED.isProblem());
        assertNull(SlotStatus.of(Rule.SPAN_OF_CONTROL));
        assertEquals(SlotStatus.MISSING_ACCOUNTABLE, SlotStatus.of(Rule.MISSING_ACCOUNTABLE));
    }

    @Test
    void findingsAboutTheWholeFileArePassedOver() {
        Design d = design().capability("crm", Scope.GLOBAL, Archetype.LEADER).phase("p1", "crm")
                .readiness(org.modesign.model.ReadinessTest.NEED, org.modesign.model.ReadinessAnswer.NO, "")
                .scenario("s", s -> s.role("r1")).build();
        List<Finding> findings = Validator.validate(d);
        assertNull(findings.get(0).scenario(), "not-ready comes first, with no scenario");
        SlotStatuses all = SlotStatuses.of(d, findings, "s", null);
        assertEquals(SlotStatus.UNSTAFFED, all.status("crm").status());
        assertEquals(1, all.findings("crm").size());
    }
}
