package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * Sets the yearly cost of one FTE of a role, a number of at least 0, or takes its own cost away
 * ({@code cost} null): the settings' cost per FTE of its archetype applies then.
 */
public record SetCost(String scenario, String node, Double cost) implements NodeCommand {

    public SetCost {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_COST);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        return Scenarios.role(card).withCost(cost == null ? null : Rules.cost(cost));
    }
}
