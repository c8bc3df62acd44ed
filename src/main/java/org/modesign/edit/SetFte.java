package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/** Sets a role's FTE: more than 0 and at most 10,000 (so never NaN or infinite). */
public record SetFte(String scenario, String node, double fte) implements NodeCommand {

    public SetFte {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_FTE);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Rules.fte(fte);
        return Scenarios.role(card).withFte(fte);
    }
}
