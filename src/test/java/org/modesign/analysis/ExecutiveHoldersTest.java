package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.findings;
import static org.modesign.analysis.TestDesigns.letter;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Scope;
import org.modesign.model.Staffing;

/**
 * Executives holding letters (format-v2.md §3, §7): always active, region {@code global}; they
 * staff slots and count for overlaps, missing accountables and duplicated capabilities, and never
 * for archetype mismatches, FTE, roles, the central share or costs.
 */
class ExecutiveHoldersTest {

    @Test
    void anAccountableExecutiveStaffsEverySlotAndCountsAsStaffed() {
        Design d = design().regions("emea", "apac").capability("budget", Scope.PER_REGION, Archetype.MAKER)
                .phase("p1", "budget")
                .scenario("s", s -> s.ceo("ceo").executive("cmo", Office.CMO, letter("budget", Raci.A, null, null))
                        .line("cmo", "ceo"))
                .build();
        assertEquals(List.of(), Validator.validate(d));
        PhaseMetrics m = Metrics.of(d, d.scenarios().get(0)).phases().get(0);
        assertEquals(2, m.requiredSlots());
        assertEquals(2, m.staffedSlots());
        assertEquals(1.0, m.coverage());
        assertEquals(0, m.roles());
        assertEquals(0.0, m.fte());
        assertEquals(0.0, m.centralShare());
        assertEquals(0.0, m.peopleCost());
        assertEquals(0, m.duplicatedCapabilities());
    }

    @Test
    void anExecutiveIsNeverAnArchetypeMismatchThoughARoleWouldBe() {
        Design d = design().capability("budget", Scope.GLOBAL, Archetype.MAKER).phase("p1", "budget")
                .scenario("s", s -> s.executive("cmo", Office.CMO, letter("budget", Raci.A, null, null))
                        .role("r1", r -> r.archetype(Archetype.MARKETER).a("budget")))
                .build();
        List<Finding> mismatches = findings(d, Rule.ARCHETYPE_MISMATCH);
        assertEquals(1, mismatches.size());
        assertEquals(List.of("r1"), mismatches.get(0).nodes());
    }

    @Test
    void aResponsibleExecutiveIsNamedWhenNobodyIsAccountable() {
        Design d = design().capability("budget", Scope.GLOBAL, Archetype.LEADER).phase("p1", "budget")
                .scenario("s", s -> s.executive("cfo", Office.CFO, letter("budget", Raci.R, null, null))
                        .role("r1", r -> r.r("budget")))
                .build();
        List<Finding> found = findings(d, Rule.MISSING_ACCOUNTABLE);
        assertEquals(List.of("cfo", "r1"), found.get(0).nodes());
        assertEquals("Capability \"Do budget\" has no accountable (A) role in phase \"Phase p1\"; only \"CFO\" (cfo)"
                + " and \"Role r1\" (r1) are responsible (R).", found.get(0).message());
        assertTrue(findings(d, Rule.UNSTAFFED_CAPABILITY).isEmpty());
    }

    @Test
    void anAccountableExecutiveOverlapsWithARoleInEveryRegion() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1")
                .scenario("s", s -> s.executive("cmo", Office.CMO, letter("crm", Raci.A, null, null))
                        .role("r1", r -> r.region("emea").a("crm")))
                .build();
        List<Finding> found = findings(d, Rule.OVERLAPPING_RESPONSIBILITY);
        assertEquals(1, found.size());
        assertEquals("emea", found.get(0).region());
        assertEquals(List.of("cmo", "r1"), found.get(0).nodes());
        assertEquals(1, Metrics.of(d, d.scenarios().get(0)).phases().get(0).duplicatedCapabilities());
    }

    @Test
    void anExecutiveAndAGlobalRoleAreOneRegionForDuplicatedCapabilities() {
        Design d = design().regions("emea").capability("crm", Scope.PER_REGION, Archetype.LEADER).phase("p1")
                .scenario("s", s -> s.executive("cmo", Office.CMO, letter("crm", Raci.A, null, null))
                        .role("r1", r -> r.region("global").a("crm")))
                .build();
        assertEquals(0, Metrics.of(d, d.scenarios().get(0)).phases().get(0).duplicatedCapabilities());
    }

    @Test
    void anExecutiveLetterCanHaveASpan() {
        Design d = design().capability("budget", Scope.GLOBAL, Archetype.LEADER)
                .phase("p1", "budget").phase("p2", "budget")
                .scenario("s", s -> s.executive("cmo", Office.CMO, letter("budget", Raci.A, "p2", null))).build();
        assertEquals(List.of("p1"), findings(d, Rule.UNSTAFFED_CAPABILITY).stream().map(Finding::phase).toList());
    }

    @Test
    void anExecutiveStaffingBesideAVacancyIsNoVacancy() {
        Design d = design().capability("budget", Scope.GLOBAL, Archetype.LEADER).phase("p1", "budget")
                .scenario("s", s -> s.executive("cmo", Office.CMO, letter("budget", Raci.R, null, null))
                        .role("r1", r -> r.staffing(Staffing.OPEN).a("budget")))
                .build();
        assertEquals(List.of(), findings(d, Rule.DEPENDS_ON_VACANCY));
    }
}
