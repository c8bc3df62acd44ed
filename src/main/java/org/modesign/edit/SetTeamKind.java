package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

/** Sets what a team is: a department, a centre of excellence, a committee, an in-house agency or a squad. */
public record SetTeamKind(String scenario, String node, TeamKind kind) implements NodeCommand {

    public SetTeamKind {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_TEAM_KIND);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        if (card instanceof Team team) {
            return team.withKind(kind);
        }
        throw EditRejected.of(EditKey.NOT_TEAM_CARD, card.label());
    }
}
