package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/**
 * Sets the region of a team or role: a declared region, {@code global}, or null for the default
 * (a role then takes its team's region; a team is global).
 */
public record SetRegion(String scenario, String node, String region) implements NodeCommand {

    public SetRegion {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_REGION);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Rules.region(design, region);
        if (card instanceof Team team) {
            return team.withRegion(region);
        }
        if (card instanceof Role role) {
            return role.withRegion(region);
        }
        throw EditRejected.of(EditKey.NOT_TEAM_OR_ROLE, card.label());
    }
}
