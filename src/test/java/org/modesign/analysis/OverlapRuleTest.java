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
import org.modesign.model.Scope;

class OverlapRuleTest {

    private static TestDesigns regional() {
        return design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm");
    }

    @Test
    void twoAccountableRolesOnAGlobalCapabilityOverlapWhateverTheirRegions() {
        Design d = design().regions("emea", "apac").capability("arch", Scope.GLOBAL, Archetype.LEADER)
                .phase("p1", "arch")
                .scenario("s", s -> s.role("r2", r -> r.region("emea").a("arch"))
                        .role("r1", r -> r.region("apac").a("arch").title("Architect")))
                .build();
        assertEquals(List.of(seen(Rule.OVERLAPPING_RESPONSIBILITY, "s", "p1", "arch", "global",
                List.of("r1", "r2"), "Capability \"Do arch\" has 2 accountable (A) roles in phase \"Phase p1\": "
                        + "\"Architect\" (r1) and \"Role r2\" (r2).")),
                seen(findings(d, Rule.OVERLAPPING_RESPONSIBILITY)));
    }

    @Test
    void aGlobalAccountableRoleOverlapsWithEachRegionalOneInItsRegion() {
        Design d = regional().scenario("s", s -> s.role("g", r -> r.region("global").a("crm"))
                .role("e", r -> r.region("emea").a("crm")).role("a", r -> r.region("apac").a("crm"))).build();
        List<Finding> found = findings(d, Rule.OVERLAPPING_RESPONSIBILITY);
        assertEquals(2, found.size());
        assertEquals("apac", found.get(0).region());
        assertEquals(List.of("a", "g"), found.get(0).nodes());
        assertEquals("emea", found.get(1).region());
        assertEquals(List.of("e", "g"), found.get(1).nodes());
        assertEquals("Capability \"Do crm\" has 2 accountable (A) roles in region EMEA in phase \"Phase p1\": "
                + "\"Role e\" (e) and \"Role g\" (g).", found.get(1).message());
    }

    @Test
    void oneAccountableRolePerRegionIsNoOverlap() {
        Design d = regional().scenario("s", s -> s.role("e", r -> r.region("emea").a("crm"))
                .role("a", r -> r.region("apac").a("crm"))).build();
        assertTrue(findings(d, Rule.OVERLAPPING_RESPONSIBILITY).isEmpty());
    }

    @Test
    void twoGlobalAccountableRolesOverlapInEveryRegion() {
        Design d = regional().scenario("s", s -> s.role("g1", r -> r.a("crm")).role("g2", r -> r.a("crm")))
                .build();
        List<Finding> found = findings(d, Rule.OVERLAPPING_RESPONSIBILITY);
        assertEquals(List.of("apac", "emea"), found.stream().map(Finding::region).toList());
        found.forEach(f -> assertEquals(List.of("g1", "g2"), f.nodes()));
    }

    @Test
    void withoutDeclaredRegionsAPerRegionCapabilityOverlapsInTheGlobalSlot() {
        Design d = design().capability("crm", Scope.PER_REGION, Archetype.LEADER).phase("p1")
                .scenario("s", s -> s.role("r1", r -> r.a("crm")).role("r2", r -> r.a("crm"))).build();
        List<Finding> found = findings(d, Rule.OVERLAPPING_RESPONSIBILITY);
        assertEquals(List.of("global"), found.stream().map(Finding::region).toList());
    }

    @Test
    void aCapabilityOverlapsEvenWhenNoPhaseRequiresIt() {
        Design d = design().capability("arch", Scope.GLOBAL, Archetype.LEADER).phase("p1").phase("p2")
                .scenario("s", s -> s.role("r1", r -> r.a("arch")).role("r2", r -> r.a("arch"))).build();
        assertEquals(List.of("p1", "p2"),
                findings(d, Rule.OVERLAPPING_RESPONSIBILITY).stream().map(Finding::phase).toList());
    }

    @Test
    void responsibleRolesAndInactiveAccountableRolesDoNotOverlap() {
        Design d = design().capability("arch", Scope.GLOBAL, Archetype.LEADER).phase("p1").phase("p2")
                .scenario("s", s -> s.team("t", null, "p2", "p2")
                        .role("r1", r -> r.a("arch")).role("r2", r -> r.r("arch"))
                        .role("r3", r -> r.team("t").a("arch")))
                .build();
        List<Finding> found = findings(d, Rule.OVERLAPPING_RESPONSIBILITY);
        assertEquals(1, found.size());
        assertEquals("p2", found.get(0).phase());
        assertEquals(List.of("r1", "r3"), found.get(0).nodes());
    }

    @Test
    void aMessageNamesFiveRolesAtMost() {
        Design d = design().capability("arch", Scope.GLOBAL, Archetype.LEADER).phase("p1")
                .scenario("s", s -> {
                    for (int i = 1; i <= 7; i++) {
                        s.role("r" + i, r -> r.a("arch"));
                    }
                }).build();
        Finding f = findings(d, Rule.OVERLAPPING_RESPONSIBILITY).get(0);
        assertEquals(7, f.nodes().size());
        assertTrue(f.message().endsWith(": \"Role r1\" (r1), \"Role r2\" (r2), \"Role r3\" (r3), "
                + "\"Role r4\" (r4) and 3 more."), f.message());
    }
}
