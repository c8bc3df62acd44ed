package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Objective;

/** Changes what an objective says (its id stays). Not blank. */
public record SetObjectiveText(String objective, String wording) implements ObjectiveCommand {

    public SetObjectiveText {
        Objects.requireNonNull(objective, "objective");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_OBJECTIVE_TEXT);
    }

    @Override
    public Objective change(Design design, Objective o) {
        return o.withText(Rules.name(wording));
    }
}
