package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/** Changes a scenario's name (its id stays). Not blank. */
public record RenameScenario(String scenario, String name) implements ScenarioCommand {

    public RenameScenario {
        Objects.requireNonNull(scenario, "scenario");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.RENAME_SCENARIO);
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        return target.withName(Rules.name(name));
    }
}
