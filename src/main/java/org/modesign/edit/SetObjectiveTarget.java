package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Objective;

/** Sets an objective's target, e.g. "80 %"; empty for none. */
public record SetObjectiveTarget(String objective, String target) implements ObjectiveCommand {

    public SetObjectiveTarget {
        Objects.requireNonNull(objective, "objective");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_OBJECTIVE_TARGET);
    }

    @Override
    public Objective change(Design design, Objective o) {
        return o.withTarget(Rules.text(target));
    }
}
