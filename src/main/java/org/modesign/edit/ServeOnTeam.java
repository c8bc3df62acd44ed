package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Lets a role or executive serve on a team besides its own (a committee, a squad): the team goes to
 * the end of its {@code alsoIn}. The team must be a team of the scenario, not the role's own team,
 * and not served on already. It adds no reporting line and changes no region.
 */
public record ServeOnTeam(String scenario, String node, String team) implements NodeCommand {

    public ServeOnTeam {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(team, "team");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SERVE_ON_TEAM);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        List<String> teams = new ArrayList<>(Holders.alsoIn(card));
        Rules.servedTeam(id -> target.node(id).orElse(null), team);
        String label = target.node(team).orElseThrow().label();
        if (card instanceof Role role && team.equals(role.team())) {
            throw EditRejected.of(EditKey.OWN_TEAM, role.title(), label);
        }
        if (teams.contains(team)) {
            throw EditRejected.of(EditKey.SERVES_ALREADY, card.label(), label);
        }
        teams.add(team);
        return Holders.withAlsoIn(card, teams);
    }
}
