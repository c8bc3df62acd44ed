package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * Puts a role in a team of the same scenario, or takes it out of its team ({@code team} null).
 * Only roles have a team, and a team must be a team card.
 */
public record SetTeam(String scenario, String node, String team) implements NodeCommand {

    public SetTeam {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_TEAM);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        if (team != null) {
            Rules.team(id -> target.node(id).orElse(null), team);
        }
        return Scenarios.role(card).withTeam(team);
    }
}
