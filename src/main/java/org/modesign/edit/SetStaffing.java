package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Staffing;

/**
 * Sets whether a role's position is filled, open (a vacancy being recruited) or planned (to be
 * created and hired for at its first phase). A position with a person in it is filled: making it
 * open or planned is refused until the person is cleared.
 */
public record SetStaffing(String scenario, String node, Staffing staffing) implements NodeCommand {

    public SetStaffing {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(staffing, "staffing");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_STAFFING);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        Role role = Scenarios.role(card);
        if (staffing.vacant() && !role.person().isEmpty()) {
            throw EditRejected.of(EditKey.VACANCY_WITH_PERSON, role.title(), role.person());
        }
        return role.withStaffing(staffing);
    }
}
