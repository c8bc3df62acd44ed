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

class ArchetypeRuleTest {

    private static TestDesigns plan() {
        return design().capability("dq", Scope.GLOBAL, Archetype.MODELER)
                .capability("arch", Scope.GLOBAL, Archetype.LEADER).phase("p1", "dq").phase("p2").phase("p3");
    }

    @Test
    void aRoleAccountableForAnotherArchetypesCapabilityIsFoundWhileActive() {
        Design d = plan().scenario("s", s -> s.role("r", r -> r.archetype(Archetype.MARKETER)
                .phases("p1", "p2").a("dq").title("Campaign manager"))).build();
        List<Finding> found = findings(d, Rule.ARCHETYPE_MISMATCH);
        assertEquals(List.of(
                seen(Rule.ARCHETYPE_MISMATCH, "s", "p1", "dq", null, List.of("r"),
                        "Role \"Campaign manager\" (r), a marketer, is accountable for capability \"Do dq\", "
                                + "whose default archetype is modeler, in phase \"Phase p1\"."),
                seen(Rule.ARCHETYPE_MISMATCH, "s", "p2", "dq", null, List.of("r"),
                        "Role \"Campaign manager\" (r), a marketer, is accountable for capability \"Do dq\", "
                                + "whose default archetype is modeler, in phase \"Phase p2\".")), seen(found));
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void aNonLeaderAccountableForALeaderCapabilityIsFound() {
        Design d = plan().scenario("s", s -> s.role("r", r -> r.archetype(Archetype.MAKER).a("arch"))).build();
        assertEquals(3, findings(d, Rule.ARCHETYPE_MISMATCH).size());
    }

    @Test
    void leadersMatchingArchetypesAndResponsibleRolesAreNotFound() {
        Design d = plan().scenario("s", s -> s.role("l", r -> r.a("dq"))
                .role("m", r -> r.archetype(Archetype.MODELER).a("dq"))
                .role("x", r -> r.archetype(Archetype.MAKER).r("dq"))).build();
        assertTrue(findings(d, Rule.ARCHETYPE_MISMATCH).isEmpty());
    }

    @Test
    void aRoleInATeamIsFoundOnlyWhileTheTeamIsActive() {
        Design d = plan().scenario("s", s -> s.team("t", null, "p3", "p3")
                .role("r", r -> r.team("t").archetype(Archetype.MAESTRO).a("dq"))).build();
        assertEquals(List.of("p3"), findings(d, Rule.ARCHETYPE_MISMATCH).stream().map(Finding::phase).toList());
    }
}
