package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;

/** Sets a scenario's strategy: centralized, or central platform with local expression. */
public record SetStrategy(String scenario, Strategy strategy) implements ScenarioCommand {

    public SetStrategy {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(strategy, "strategy");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_STRATEGY);
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        return target.withStrategy(strategy);
    }
}
