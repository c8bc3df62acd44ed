package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Objective;

/** Puts an objective in a phase of the plan, or in none ({@code phase} null). */
public record SetObjectivePhase(String objective, String phase) implements ObjectiveCommand {

    public SetObjectivePhase {
        Objects.requireNonNull(objective, "objective");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_OBJECTIVE_PHASE);
    }

    @Override
    public Objective change(Design design, Objective o) {
        Rules.phases(design, phase, null);
        return o.withPhase(phase);
    }
}
