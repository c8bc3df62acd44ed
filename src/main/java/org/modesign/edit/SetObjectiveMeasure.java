package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Objective;

/** Sets how an objective is measured, e.g. "pipeline share with a campaign source"; empty for none. */
public record SetObjectiveMeasure(String objective, String measure) implements ObjectiveCommand {

    public SetObjectiveMeasure {
        Objects.requireNonNull(objective, "objective");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_OBJECTIVE_MEASURE);
    }

    @Override
    public Objective change(Design design, Objective o) {
        return o.withMeasure(Rules.text(measure));
    }
}
