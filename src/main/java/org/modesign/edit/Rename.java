package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Team;

/** Changes what a card shows: an executive's or role's title, a team's name. Not blank. */
public record Rename(String scenario, String node, String name) implements NodeCommand {

    public Rename {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.RENAME);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Rules.name(name);
        if (card instanceof Executive executive) {
            return executive.withTitle(name);
        }
        if (card instanceof Team team) {
            return team.withName(name);
        }
        return ((Role) card).withTitle(name);
    }
}
