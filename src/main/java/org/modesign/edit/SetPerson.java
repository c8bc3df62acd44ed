package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Names the person in a role's position today, at most 200 characters, or nobody ({@code ""} or
 * null). Only a filled position has a person: naming one in an open or planned position is refused.
 */
public record SetPerson(String scenario, String node, String person) implements NodeCommand {

    public SetPerson {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_PERSON);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Role after = Scenarios.role(card).withPerson(Rules.person(person));
        Rules.position(after);
        return after;
    }
}
