package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.edit.EditRejected;
import org.modesign.edit.MoveNodes;
import org.modesign.edit.Rename;
import org.modesign.edit.RemoveDeployment;
import org.modesign.edit.SetDeploymentOwner;
import org.modesign.edit.SetFte;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.model.StackEntry;

class PositionOnlyChangeTest {

    private final Design design = DesignGenerator.generate(new GeneratorSpec(200, 3, 3, 10, 1, 7));
    private final String scenario = design.scenarios().get(0).id();
    private final Role role = (Role) design.scenarios().get(0).nodes().stream().filter(n -> n instanceof Role)
            .findFirst().orElseThrow();

    @Test
    void movingCardsChangesOnlyPositions() throws EditRejected {
        Design moved = new MoveNodes(scenario, Set.of(role.id()), 40, -20).apply(design);
        assertTrue(PositionOnlyChange.between(design, moved));
        assertTrue(PositionOnlyChange.between(moved, design));
    }

    @Test
    void anyOtherChangeIsMoreThanPositions() throws EditRejected {
        assertFalse(PositionOnlyChange.between(design, new SetFte(scenario, role.id(), 2.5).apply(design)));
        assertFalse(PositionOnlyChange.between(design, new Rename(scenario, role.id(), "Someone else").apply(design)));
        assertFalse(PositionOnlyChange.between(design, design.withTitle("Other")));
        Design both = new Rename(scenario, role.id(), "X").apply(
                new MoveNodes(scenario, Set.of(role.id()), 10, 0).apply(design));
        assertFalse(PositionOnlyChange.between(design, both), "a move together with a rename is a real change");
    }

    @Test
    void aChangeOfThePlanIsMoreThanPositions() throws EditRejected {
        Design v2 = DesignGenerator.generate(new GeneratorSpec(60, 2, 3, 8, 1, 7, 5, true));
        String s = v2.scenarios().get(0).id();
        StackEntry first = v2.scenarios().get(0).stack().get(0);
        assertFalse(PositionOnlyChange.between(v2, new SetDeploymentOwner(s, first.tool(), first.region(),
                first.owner() == null ? role(v2).id() : null).apply(v2)), "a stack entry's owner");
        assertFalse(PositionOnlyChange.between(v2, new RemoveDeployment(s, first.tool(), first.region()).apply(v2)),
                "a deployment removed");
        assertFalse(PositionOnlyChange.between(v2, v2.withTools(v2.tools().subList(0, 4))), "the tools");
        assertFalse(PositionOnlyChange.between(v2, v2.withCharter(v2.charter().withMission("Other"))), "the charter");
    }

    private static Role role(Design d) {
        return (Role) d.scenarios().get(0).nodes().stream().filter(n -> n instanceof Role).findFirst().orElseThrow();
    }
}
