package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Scenario;

/** Sets the office an executive holds. */
public record SetOffice(String scenario, String node, Office office) implements NodeCommand {

    public SetOffice {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(office, "office");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_OFFICE);
    }

    @Override
    public Node change(Design design, Scenario target, Node card) {
        if (card instanceof Executive executive) {
            return executive.withOffice(office);
        }
        throw EditRejected.of(EditKey.NOT_AN_EXECUTIVE, card.label());
    }
}
