package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/** Takes a team off the teams a role or executive serves on besides its own; refused when it does not serve on it. */
public record LeaveTeam(String scenario, String node, String team) implements NodeCommand {

    public LeaveTeam {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(team, "team");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.LEAVE_TEAM);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        List<String> teams = Holders.alsoIn(card);
        if (!teams.contains(team)) {
            String label = target.node(team).map(Node::label).orElse(team);
            throw EditRejected.of(EditKey.DOES_NOT_SERVE, card.label(), label);
        }
        return Holders.withAlsoIn(card, teams.stream().filter(t -> !t.equals(team)).toList());
    }
}
