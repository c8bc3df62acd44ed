package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Sets a role's RACI letter on a capability of the catalogue, or removes it ({@code raci} null).
 * A letter the role already holds is replaced in place; a new one goes to the end of its list.
 */
public record SetResponsibility(String scenario, String node, String capability, Raci raci)
        implements NodeCommand {

    public SetResponsibility {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(capability, "capability");
    }

    @Override
    public EditText text() {
        return EditText.of(raci == null ? EditKey.REMOVE_RESPONSIBILITY : EditKey.SET_RESPONSIBILITY);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Rules.capability(design, capability);
        Role role = Scenarios.role(card);
        List<Responsibility> held = new ArrayList<>(role.responsibilities().size() + 1);
        boolean replaced = false;
        for (Responsibility responsibility : role.responsibilities()) {
            if (!responsibility.capability().equals(capability)) {
                held.add(responsibility);
            } else if (raci != null) {
                held.add(new Responsibility(capability, raci));
                replaced = true;
            }
        }
        if (raci != null && !replaced) {
            held.add(new Responsibility(capability, raci));
        }
        return role.withResponsibilities(held);
    }
}
