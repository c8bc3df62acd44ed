package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;

/** Removes an objective from the charter; nothing else refers to objectives. */
public record RemoveObjective(String objective) implements EditCommand {

    public RemoveObjective {
        Objects.requireNonNull(objective, "objective");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_OBJECTIVE);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.objectiveIndex(design, objective);
        return design.withCharter(design.charter().withObjectives(
                Catalogue.removed(design.charter().objectives(), index)));
    }
}
