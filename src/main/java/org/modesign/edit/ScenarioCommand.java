package org.modesign.edit;

import org.modesign.model.Design;
import org.modesign.model.Scenario;

/** An edit of one scenario, named by its id. */
public interface ScenarioCommand extends EditCommand {

    /** The id of the scenario this command edits. */
    String scenario();

    /**
     * The scenario after this edit; {@code scenario} itself when nothing changes.
     *
     * @throws EditRejected when the edit is impossible
     */
    Scenario applyTo(Design design, Scenario scenario);

    @Override
    default Design apply(Design design) {
        int index = Scenarios.indexOf(design, scenario());
        Scenario before = design.scenarios().get(index);
        Scenario after = applyTo(design, before);
        return after == before ? design : design.withScenario(index, after);
    }
}
