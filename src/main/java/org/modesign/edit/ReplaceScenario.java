package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Problem;
import org.modesign.model.Scenario;

/**
 * Replaces a whole scenario in one step, e.g. with the result of an import. Since nothing is known
 * about the replacement, the new design is checked in full with {@link Integrity#check} (O(design))
 * and refused with every problem found.
 */
public record ReplaceScenario(String scenario, Scenario replacement, EditText text) implements EditCommand {

    public ReplaceScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public Design apply(Design design) {
        Design after = design.withScenario(Scenarios.indexOf(design, scenario), replacement);
        List<Problem> problems = Integrity.check(after);
        if (!problems.isEmpty()) {
            throw new EditRejected(EditText.of(EditKey.INVALID_RESULT, problems.get(0).toString()), problems);
        }
        Rules.room(after, 0);
        return after;
    }
}
