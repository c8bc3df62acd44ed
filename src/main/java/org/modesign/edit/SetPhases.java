package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Sets the phases in which a team or role is active: {@code from} and {@code to} are phase ids or
 * null (first phase, last phase), and {@code from} may not come after {@code to}.
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
            return role.withPhases(from, to);
        }
        throw EditRejected.of(EditKey.NOT_TEAM_OR_ROLE, card.label());
    }
}
