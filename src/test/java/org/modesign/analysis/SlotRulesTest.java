package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.Seen.seen;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Raci;
import org.modesign.model.Scope;

class SlotRulesTest {

    private static List<String> regions(List<Finding> findings) {
        return findings.stream().map(Finding::region).toList();
    }

    private static List<String> phases(List<Finding> findings) {
        return findings.stream().map(Finding::phase).toList();
    }

    @Test
    void aRequiredGlobalCapabilityWithoutHolderIsUnstaffed() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.MODELER).phase("p1", "dq")
                .scenario("s", s -> s.ceo("ceo")).build();
        List<Finding> found = findings(d, Rule.UNSTAFFED_CAPABILITY);
        assertEquals(List.of(seen(Rule.UNSTAFFED_CAPABILITY, "s", "p1", "dq", "global", List.of(),
                "Capability \"Do dq\" has no role staffing it in phase \"Phase p1\".")), seen(found));
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void anAccountableRoleStaffsAndSatisfiesTheSlot() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.MODELER).phase("p1", "dq")
                .scenario("s", s -> s.ceo("ceo").role("r1", r -> r.a("dq")).line("r1", "ceo")).build();
        assertTrue(findings(d, Rule.UNSTAFFED_CAPABILITY).isEmpty());
        assertTrue(findings(d, Rule.MISSING_ACCOUNTABLE).isEmpty());
    }

    @Test
    void consultedAndInformedRolesDoNotStaff() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.MODELER).phase("p1", "dq")
                .scenario("s", s -> s.role("r1", r -> r.holds("dq", Raci.C)).role("r2", r -> r.holds("dq", Raci.I)))
                .build();
        assertEquals(1, findings(d, Rule.UNSTAFFED_CAPABILITY).size());
        assertTrue(findings(d, Rule.MISSING_ACCOUNTABLE).isEmpty());
    }

    @Test
    void aSlotStaffedOnlyByResponsibleRolesMissesAnAccountableNotAStaffer() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.MODELER).phase("p1", "dq")
                .scenario("s", s -> s.role("r2", r -> r.r("dq")).role("r1", r -> r.r("dq").title("Analyst"))
                        .role("r3", r -> r.holds("dq", Raci.C)))
                .build();
        assertTrue(findings(d, Rule.UNSTAFFED_CAPABILITY).isEmpty());
        List<Finding> found = findings(d, Rule.MISSING_ACCOUNTABLE);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(List.of("r1", "r2"), f.nodes());
        assertEquals("global", f.region());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Capability \"Do dq\" has no accountable (A) role in phase \"Phase p1\"; only "
                + "\"Analyst\" (r1) and \"Role r2\" (r2) are responsible (R).", f.message());
    }

    @Test
    void aCapabilityNotRequiredInThePhaseNeedsNoStaff() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.MODELER).phase("p1").phase("p2", "dq")
                .scenario("s", s -> s.ceo("ceo")).build();
        assertEquals(List.of("p2"), phases(findings(d, Rule.UNSTAFFED_CAPABILITY)));
    }

    @Test
    void aPerRegionCapabilityNeedsAStafferInEveryRegion() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm")
                .scenario("s", s -> s.role("r1", r -> r.region("emea").a("crm"))).build();
        List<Finding> found = findings(d, Rule.UNSTAFFED_CAPABILITY);
        assertEquals(List.of("apac"), regions(found));
        assertEquals("Capability \"Do crm\" has no role staffing it in region APAC in phase \"Phase p1\".",
                found.get(0).message());
    }

    @Test
    void aGlobalRoleStaffsEveryRegion() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm")
                .scenario("s", s -> s.role("r1", r -> r.region("global").a("crm"))).build();
        assertTrue(findings(d, Rule.UNSTAFFED_CAPABILITY).isEmpty());
        assertTrue(findings(d, Rule.MISSING_ACCOUNTABLE).isEmpty());
    }

    @Test
    void aRoleWithoutRegionTakesItsTeamsRegion() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm")
                .scenario("s", s -> s.team("t", "emea", null, null).role("r1", r -> r.team("t").a("crm")))
                .build();
        assertEquals(List.of("apac"), regions(findings(d, Rule.UNSTAFFED_CAPABILITY)));
    }

    @Test
    void aRoleOwnRegionBeatsItsTeams() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm")
                .scenario("s", s -> s.team("t", "emea", null, null)
                        .role("r1", r -> r.team("t").region("apac").a("crm")))
                .build();
        assertEquals(List.of("emea"), regions(findings(d, Rule.UNSTAFFED_CAPABILITY)));
    }

    @Test
    void aRoleInATeamWithoutRegionIsGlobal() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm")
                .scenario("s", s -> s.team("t").role("r1", r -> r.team("t").a("crm"))).build();
        assertTrue(findings(d, Rule.UNSTAFFED_CAPABILITY).isEmpty());
    }

    @Test
    void aRegionalRoleStaffsTheSlotOfAGlobalCapability() {
        Design d = design().regions("emea", "apac").capability("arch", Scope.GLOBAL, Archetype.LEADER)
                .phase("p1", "arch")
                .scenario("s", s -> s.role("r1", r -> r.region("apac").a("arch"))).build();
        assertTrue(findings(d, Rule.UNSTAFFED_CAPABILITY).isEmpty());
    }

    @Test
    void withoutDeclaredRegionsAPerRegionCapabilityHasOneGlobalSlot() {
        Design d = design().capability("crm", Scope.PER_REGION, Archetype.LEADER).phase("p1", "crm")
                .scenario("s", s -> s.ceo("ceo")).build();
        assertEquals(List.of("global"), regions(findings(d, Rule.UNSTAFFED_CAPABILITY)));
    }

    @Test
    void aRoleStaffsOnlyInThePhasesItIsActive() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.MODELER)
                .phase("p1", "dq").phase("p2", "dq").phase("p3", "dq")
                .scenario("s", s -> s.role("r1", r -> r.phases("p2", "p2").a("dq"))).build();
        assertEquals(List.of("p1", "p3"), phases(findings(d, Rule.UNSTAFFED_CAPABILITY)));
    }

    @Test
    void aRoleInATeamStaffsOnlyWhileItsTeamIsActive() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.MODELER)
                .phase("p1", "dq").phase("p2", "dq").phase("p3", "dq")
                .scenario("s", s -> s.team("t", null, "p2", "p3")
                        .role("r1", r -> r.team("t").phases("p1", "p2").a("dq")))
                .build();
        assertEquals(List.of("p1", "p3"), phases(findings(d, Rule.UNSTAFFED_CAPABILITY)));
    }

    @Test
    void missingAccountableIsPerRegionAndNamesTheGlobalAndRegionalStaffers() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm")
                .scenario("s", s -> s.role("g", r -> r.region("global").r("crm"))
                        .role("e", r -> r.region("emea").a("crm"))
                        .role("a", r -> r.region("apac").r("crm")))
                .build();
        List<Finding> found = findings(d, Rule.MISSING_ACCOUNTABLE);
        assertEquals(1, found.size());
        assertEquals("apac", found.get(0).region());
        assertEquals(List.of("a", "g"), found.get(0).nodes());
        assertTrue(findings(d, Rule.UNSTAFFED_CAPABILITY).isEmpty());
    }

    @Test
    void aGlobalAccountableRoleSatisfiesEveryRegion() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm")
                .scenario("s", s -> s.role("g", r -> r.region("global").a("crm"))
                        .role("e", r -> r.region("emea").r("crm")))
                .build();
        assertTrue(findings(d, Rule.MISSING_ACCOUNTABLE).isEmpty());
    }

    @Test
    void anInactiveAccountableRoleDoesNotCount() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.MODELER).phase("p1", "dq").phase("p2", "dq")
                .scenario("s", s -> s.role("r1", r -> r.r("dq")).role("r2", r -> r.phases("p2", "p2").a("dq")))
                .build();
        List<Finding> found = findings(d, Rule.MISSING_ACCOUNTABLE);
        assertEquals(List.of("p1"), phases(found));
        assertEquals(List.of("r1"), found.get(0).nodes());
    }
}
