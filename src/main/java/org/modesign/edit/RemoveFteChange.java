package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/** Takes away a role's FTE change in a phase: the FTE before it holds on until the next change. */
public record RemoveFteChange(String scenario, String node, String phase) implements NodeCommand {

    public RemoveFteChange {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(phase, "phase");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_FTE_CHANGE);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Role role = Scenarios.role(card);
        FteChange removed = find(PhaseOrder.of(design), role, phase);
        return role.withFteChanges(role.fteChanges().stream().filter(c -> c != removed).toList());
    }

    /** The role's change in {@code phase}; refused when it has none. */
    static FteChange find(PhaseOrder order, Role role, String phase) {
        for (FteChange change : role.fteChanges()) {
            if (change.phase().equals(phase)) {
                return change;
            }
        }
        throw EditRejected.of(EditKey.NO_FTE_CHANGE, role.title(), order.name(phase));
    }
}
