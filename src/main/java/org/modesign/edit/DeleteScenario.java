package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/** Deletes a scenario. Refused for the last one: a design needs at least one. */
public record DeleteScenario(String scenario) implements EditCommand {

    public DeleteScenario {
        Objects.requireNonNull(scenario, "scenario");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.DELETE_SCENARIO);
    }

    @Override
    public Design apply(Design design) {
        int index = Scenarios.indexOf(design, scenario);
        if (design.scenarios().size() == 1) {
            throw EditRejected.of(EditKey.LAST_SCENARIO);
        }
        List<Scenario> scenarios = new ArrayList<>(design.scenarios());
        scenarios.remove(index);
        return design.withScenarios(scenarios);
    }
}
