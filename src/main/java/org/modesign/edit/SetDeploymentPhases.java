package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * Sets the phases in which a tool is deployed: {@code from} and {@code to} are phase ids or null
 * (first phase, last phase), and {@code from} may not come after {@code to}. A deployment is active
 * by its own phases only; its owner's do not narrow them.
 */
public record SetDeploymentPhases(String scenario, String tool, String region, String from, String to)
        implements StackCommand {

    public SetDeploymentPhases {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tool, "tool");
        region = Stacks.region(region);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_DEPLOYMENT_PHASES);
    }

    @Override
    public StackEntry change(Design design, Scenario target, StackEntry entry) {
        Stacks.phases(design, from, to);
        return entry.withPhases(from, to);
    }
}
