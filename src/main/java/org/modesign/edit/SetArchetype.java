package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/** Sets a role's archetype. */
public record SetArchetype(String scenario, String node, Archetype archetype) implements NodeCommand {

    public SetArchetype {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(archetype, "archetype");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_ARCHETYPE);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        return Scenarios.role(card).withArchetype(archetype);
    }
}
