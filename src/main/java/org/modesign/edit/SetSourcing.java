package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;

/** Sets how a role is staffed. */
public record SetSourcing(String scenario, String node, Sourcing sourcing) implements NodeCommand {

    public SetSourcing {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(sourcing, "sourcing");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_SOURCING);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        return Scenarios.role(card).withSourcing(sourcing);
    }
}
