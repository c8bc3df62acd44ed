package org.modesign.edit;

import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/** An edit of one card's properties; the card keeps its place in the scenario's list. */
public interface NodeCommand extends ScenarioCommand {

    /** The id of the card this command edits. */
    String node();

    /**
     * The card after this edit.
     *
     * @throws EditRejected when the edit is impossible for this card
     */
    Node change(Design design, Scenario scenario, Node node);

    @Override
    default Scenario applyTo(Design design, Scenario scenario) {
        int index = Scenarios.nodeIndex(scenario, node());
        Node before = scenario.nodes().get(index);
        Node after = change(design, scenario, before);
        return after.equals(before) ? scenario : Scenarios.withNode(scenario, index, after);
    }
}
