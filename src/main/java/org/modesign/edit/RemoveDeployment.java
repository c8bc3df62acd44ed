package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/** Takes a deployment off a scenario's stack (the tool stays in the catalogue). */
public record RemoveDeployment(String scenario, String tool, String region) implements ScenarioCommand {

    public RemoveDeployment {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tool, "tool");
        region = Stacks.region(region);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_DEPLOYMENT);
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        int index = Stacks.index(design, target, tool, region);
        return target.withStack(Catalogue.removed(target.stack(), index));
    }
}
