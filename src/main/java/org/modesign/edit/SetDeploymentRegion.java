package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * Moves a deployment to another region ({@code global} or a declared one; null means
 * {@code global}); refused when the scenario deploys the tool there already.
 */
public record SetDeploymentRegion(String scenario, String tool, String region, String newRegion)
        implements StackCommand {

    public SetDeploymentRegion {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tool, "tool");
        region = Stacks.region(region);
        newRegion = Stacks.region(newRegion);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_DEPLOYMENT_REGION);
    }

    @Override
    public StackEntry change(Design design, Scenario target, StackEntry entry) {
        if (newRegion.equals(region)) {
            return entry;
        }
        Rules.region(design, newRegion);
        Stacks.requireFree(design, target, tool, newRegion);
        return entry.withRegion(newRegion);
    }
}
