package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Moves a role's FTE change from one phase to another within the role's phases, keeping its FTE;
 * refused when the role has no change in {@code phase} or one in {@code newPhase} already.
 */
public record MoveFteChange(String scenario, String node, String phase, String newPhase) implements NodeCommand {

    public MoveFteChange {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(newPhase, "newPhase");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.MOVE_FTE_CHANGE);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Role role = Scenarios.role(card);
        PhaseOrder order = PhaseOrder.of(design);
        FteChange moving = RemoveFteChange.find(order, role, phase);
        if (newPhase.equals(phase)) {
            return role;
        }
        int to = Catalogue.phaseIndex(design, newPhase);
        if (role.fteChanges().stream().anyMatch(c -> c.phase().equals(newPhase))) {
            throw EditRejected.of(EditKey.FTE_CHANGE_TAKEN, role.title(), order.name(to));
        }
        FteSteps.within(order, role, to);
        List<FteChange> without = role.fteChanges().stream().filter(c -> c != moving).toList();
        return role.withFteChanges(SetFteChange.placed(order, without, new FteChange(newPhase, moving.fte())));
    }
}
