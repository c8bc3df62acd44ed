package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * From phase {@code phase} on, a role works {@code fte} (until its next change): changes the FTE
 * of the role's change in that phase, or adds one there, in phase order. The phase lies within the
 * role's own phases; the FTE is more than 0 and at most 10,000.
 */
public record SetFteChange(String scenario, String node, String phase, double fte) implements NodeCommand {

    public SetFteChange {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(phase, "phase");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_FTE_CHANGE);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Role role = Scenarios.role(card);
        Rules.fte(fte);
        PhaseOrder order = PhaseOrder.of(design);
        int at = Catalogue.phaseIndex(design, phase);
        FteSteps.within(order, role, at);
        return role.withFteChanges(placed(order, role.fteChanges(), new FteChange(phase, fte)));
    }

    /** {@code changes} with {@code change} in its phase's place, replacing a change in the same phase. */
    static List<FteChange> placed(PhaseOrder order, List<FteChange> changes, FteChange change) {
        int at = order.index(change.phase());
        List<FteChange> result = new ArrayList<>(changes.size() + 1);
        boolean done = false;
        for (FteChange existing : changes) {
            int position = order.index(existing.phase());
            if (!done && position >= at) {
                result.add(change);
                done = true;
            }
            if (position != at) {
                result.add(existing);
            }
        }
        if (!done) {
            result.add(change);
        }
        return result;
    }
}
