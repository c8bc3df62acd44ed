package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Puts a role in a team of the same scenario, or takes it out of its team ({@code team} null).
 * Only roles have a team, and a team must be a team card. A team the role served on besides its
 * own ({@code alsoIn}) is taken off that list when it becomes the role's own team.
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
        Role role = Scenarios.role(card);
        if (team != null && role.alsoIn().contains(team)) {
            role = role.withAlsoIn(role.alsoIn().stream().filter(t -> !t.equals(team)).toList());
        }
        return role.withTeam(team);
    }
}
