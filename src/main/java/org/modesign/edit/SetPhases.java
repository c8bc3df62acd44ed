package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Sets the phases in which a team or role is active: {@code from} and {@code to} are phase ids or
 * null (first phase, last phase), and {@code from} may not come after {@code to}. A role's FTE
 * changes must stay within its phases, and its letters must still hold in a phase each without
 * sharing one: otherwise the change is refused, naming the change or letter in the way.
 */
public record SetPhases(String scenario, String node, String from, String to) implements NodeCommand {

    public SetPhases {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_PHASES);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Rules.phases(design, from, to);
        if (card instanceof Team team) {
            return team.withPhases(from, to);
        }
        if (card instanceof Role role) {
            Role after = role.withPhases(from, to);
            PhaseOrder order = PhaseOrder.of(design);
            Letters.check(order, after, after.responsibilities());
            FteSteps.check(order, after, after.fteChanges());
            return after;
        }
        throw EditRejected.of(EditKey.NOT_TEAM_OR_ROLE, card.label());
    }
}
