package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/** Sets who owns a deployment: any card of the scenario (role, team or executive), or nobody ({@code owner} null). */
public record SetDeploymentOwner(String scenario, String tool, String region, String owner) implements StackCommand {

    public SetDeploymentOwner {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tool, "tool");
        region = Stacks.region(region);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_DEPLOYMENT_OWNER);
    }

    @Override
    public StackEntry change(Design design, Scenario target, StackEntry entry) {
        Stacks.owner(target, owner);
        return entry.withOwner(owner);
    }
}
