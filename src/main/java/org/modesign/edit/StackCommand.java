package org.modesign.edit;

import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;

/**
 * An edit of one tool deployment of a scenario's stack, named by its tool and region; it keeps
 * its place in the stack.
 */
public interface StackCommand extends ScenarioCommand {

    /** The id of the deployed tool. */
    String tool();

    /** The region of the deployment ({@code global} or a declared region). */
    String region();

    /**
     * The deployment after this edit.
     *
     * @throws EditRejected when the edit is impossible
     */
    StackEntry change(Design design, Scenario scenario, StackEntry entry);

    @Override
    default Scenario applyTo(Design design, Scenario scenario) {
        int index = Stacks.index(design, scenario, tool(), region());
        StackEntry before = scenario.stack().get(index);
        StackEntry after = change(design, scenario, before);
        return after.equals(before) ? scenario : scenario.withStack(Catalogue.replaced(scenario.stack(), index, after));
    }
}
