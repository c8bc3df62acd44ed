package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * Adds a deployment of a tool of the catalogue to a scenario's stack, at its end: in {@code global}
 * or a declared region, owned by a card of the scenario or by nobody, over phases of the plan
 * ({@code from} not after {@code to}). A scenario deploys a tool once per region: a second
 * deployment in the same region is refused.
 */
public record DeployTool(String scenario, StackEntry entry) implements ScenarioCommand {

    public DeployTool {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(entry, "entry");
    }

    /** Deploys {@code tool} in {@code region} (null: {@code global}) with no owner, in every phase. */
    public static DeployTool of(String scenario, String tool, String region) {
        return new DeployTool(scenario, new StackEntry(tool, Stacks.region(region), null, null, null));
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.DEPLOY_TOOL);
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        Catalogue.toolIndex(design, entry.tool());
        Rules.region(design, entry.region());
        Stacks.requireFree(design, target, entry.tool(), entry.region());
        Stacks.owner(target, entry.owner());
        Stacks.phases(design, entry.from(), entry.to());
        List<StackEntry> stack = new ArrayList<>(target.stack());
        stack.add(entry);
        return target.withStack(stack);
    }
}
