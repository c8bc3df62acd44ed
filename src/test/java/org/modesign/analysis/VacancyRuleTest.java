package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modesign.analysis.TestDesigns.design;
import static org.modesign.analysis.TestDesigns.findings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Raci;
import org.modesign.model.Scope;
import org.modesign.model.Staffing;

/** depends-on-vacancy (format-v2.md §4, §7). */
class VacancyRuleTest {

    @Test
    void aSlotStaffedOnlyByOpenOrPlannedRolesDependsOnThem() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.LEADER).phase("p1", "dq")
                .scenario("s", s -> s.role("r2", r -> r.staffing(Staffing.PLANNED).a("dq"))
                        .role("r1", r -> r.staffing(Staffing.OPEN).title("Analyst").r("dq"))
                        .role("r3", r -> r.holds("dq", Raci.C)))
                .build();
        List<Finding> found = findings(d, Rule.DEPENDS_ON_VACANCY);
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(List.of("r1", "r2"), f.nodes());
        assertEquals("global", f.region());
        assertEquals("dq", f.capability());
        assertEquals(Severity.INFO, f.severity());
        assertEquals("Capability \"Do dq\" is staffed in phase \"Phase p1\" only by \"Analyst\" (r1) and \"Role r2\""
                + " (r2), positions not filled yet (open or planned).", f.message());
    }

    @Test
    void oneFilledStafferIsEnough() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.LEADER).phase("p1", "dq")
                .scenario("s", s -> s.role("r1", r -> r.staffing(Staffing.OPEN).a("dq")).role("r2", r -> r.r("dq")))
                .build();
        assertEquals(List.of(), findings(d, Rule.DEPENDS_ON_VACANCY));
    }

    @Test
    void anUnstaffedSlotDependsOnNobody() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.LEADER).phase("p1", "dq")
                .scenario("s", s -> s.role("r1", r -> r.staffing(Staffing.OPEN).holds("dq", Raci.C))).build();
        assertEquals(List.of(), findings(d, Rule.DEPENDS_ON_VACANCY));
        assertEquals(1, findings(d, Rule.UNSTAFFED_CAPABILITY).size());
    }

    @Test
    void aVacancyWithoutAccountableGivesBothFindings() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.LEADER).phase("p1", "dq")
                .scenario("s", s -> s.role("r1", r -> r.staffing(Staffing.OPEN).r("dq"))).build();
        assertEquals(1, findings(d, Rule.DEPENDS_ON_VACANCY).size());
        assertEquals(1, findings(d, Rule.MISSING_ACCOUNTABLE).size());
        assertEquals("Capability \"Do dq\" is staffed in phase \"Phase p1\" only by \"Role r1\" (r1), a position not"
                + " filled yet (open or planned).", findings(d, Rule.DEPENDS_ON_VACANCY).get(0).message());
    }

    @Test
    void perRegionEachSlotIsReadWithTheHoldersCoveringIt() {
        Design d = design().regions("emea", "apac").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .phase("p1", "crm")
                .scenario("s", s -> s.role("r1", r -> r.region("emea").staffing(Staffing.PLANNED).a("crm"))
                        .role("r2", r -> r.region("apac").a("crm")))
                .build();
        List<Finding> found = findings(d, Rule.DEPENDS_ON_VACANCY);
        assertEquals(1, found.size());
        assertEquals("emea", found.get(0).region());
        assertEquals(List.of("r1"), found.get(0).nodes());
        assertEquals("Capability \"Do crm\" is staffed in region EMEA in phase \"Phase p1\" only by \"Role r1\" (r1),"
                + " a position not filled yet (open or planned).", found.get(0).message());
    }

    @Test
    void aGlobalFilledRoleCoversEveryRegionAndOnlyRequiredSlotsCount() {
        Design d = design().regions("emea").capability("crm", Scope.PER_REGION, Archetype.LEADER)
                .capability("dq", Scope.GLOBAL, Archetype.LEADER).phase("p1", "crm")
                .scenario("s", s -> s.role("r1", r -> r.region("emea").staffing(Staffing.PLANNED).a("crm").a("dq"))
                        .role("r2", r -> r.r("crm")))
                .build();
        assertEquals(List.of(), findings(d, Rule.DEPENDS_ON_VACANCY));
    }

    @Test
    void aVacancyOutsideItsSpanIsNotAStaffer() {
        Design d = design().capability("dq", Scope.GLOBAL, Archetype.LEADER).phase("p1", "dq").phase("p2", "dq")
                .scenario("s", s -> s.role("r1", r -> r.staffing(Staffing.PLANNED).phases("p2", null).a("dq"))
                        .role("r2", r -> r.phases("p1", "p1").a("dq")))
                .build();
        assertEquals(List.of("p2"), findings(d, Rule.DEPENDS_ON_VACANCY).stream().map(Finding::phase).toList());
    }
}
