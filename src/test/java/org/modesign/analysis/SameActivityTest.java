package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

class SameActivityTest {

    private static final Scenario BASE = new Scenario("s", "S", org.modesign.model.Strategy.CENTRALIZED, List.of(
            new Team("coe", "CoE", null, "p1", null, 0, 0),
            Role.of("a", "Analyst", org.modesign.model.Archetype.MODELER, 0, 100).withTeam("coe"),
            Role.of("b", "Builder", org.modesign.model.Archetype.MAKER, 200, 100).withPhases("p1", "p2")),
            List.of());

    private static Scenario edit(int index, UnaryOperator<Node> change) {
        List<Node> nodes = new ArrayList<>(BASE.nodes());
        nodes.set(index, change.apply(nodes.get(index)));
        return BASE.withNodes(nodes);
    }

    @Test
    void movesTitlesAndResponsibilitiesLeaveActivityAlone() {
        assertTrue(SameActivity.between(BASE, BASE));
        assertTrue(SameActivity.between(BASE, edit(1, n -> n.withPosition(50, 50))));
        assertTrue(SameActivity.between(BASE, edit(1, n -> ((Role) n).withTitle("Data analyst"))));
        assertTrue(SameActivity.between(BASE, edit(2, n -> ((Role) n).withResponsibilities(List.of()))));
    }

    @Test
    void phasesTeamsAndNodesChangeIt() {
        assertFalse(SameActivity.between(BASE, edit(2, n -> ((Role) n).withPhases("p2", "p2"))));
        assertFalse(SameActivity.between(BASE, edit(1, n -> ((Role) n).withTeam(null))));
        assertFalse(SameActivity.between(BASE, edit(0, n -> new Team("coe", "CoE", null, "p1", "p3", 0, 0))));
        assertFalse(SameActivity.between(BASE, BASE.withNodes(BASE.nodes().subList(0, 2))));
        assertFalse(SameActivity.between(null, BASE));
    }
}
