package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Phase;

/** Sets what a phase is for, e.g. "Stop the bleeding"; empty ({@code ""} or null) for none. */
public record SetPhaseGoal(String phase, String goal) implements EditCommand {

    public SetPhaseGoal {
        Objects.requireNonNull(phase, "phase");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_PHASE_GOAL);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.phaseIndex(design, phase);
        Phase before = design.phases().get(index);
        Phase after = before.withGoal(Rules.text(goal));
        return after.equals(before) ? design : design.withPhases(Catalogue.replaced(design.phases(), index, after));
    }
}
