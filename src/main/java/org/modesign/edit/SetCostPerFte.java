package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Settings;

/**
 * Sets the yearly cost of one FTE of an archetype, a number of at least 0, for the roles that have
 * no cost of their own; 0 is the default (the archetype is then left out of the file).
 */
public record SetCostPerFte(Archetype archetype, double cost) implements EditCommand {

    public SetCostPerFte {
        Objects.requireNonNull(archetype, "archetype");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_COST_PER_FTE);
    }

    @Override
    public Design apply(Design design) {
        Settings after = design.settings().withCostPerFte(archetype, Rules.cost(cost));
        return after.equals(design.settings()) ? design : design.withSettings(after);
    }
}
