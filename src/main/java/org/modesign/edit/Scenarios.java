package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/** Look-ups and list surgery on scenarios that several commands share; each is O(nodes) at worst. */
final class Scenarios {

    private Scenarios() {
    }

    /** The position of scenario {@code id} in the design. */
    static int indexOf(Design design, String id) {
        int index = design.scenarioIndex(id);
        if (index < 0) {
            throw EditRejected.of(EditKey.NO_SCENARIO, id);
        }
        return index;
    }

    /** The position of card {@code id} in the scenario. */
    static int nodeIndex(Scenario scenario, String id) {
        int index = scenario.indexOfNode(id);
        if (index < 0) {
            throw EditRejected.of(EditKey.NO_CARD, id);
        }
        return index;
    }

    /** The scenario with the card at {@code index} replaced. */
    static Scenario withNode(Scenario scenario, int index, Node node) {
        List<Node> nodes = new ArrayList<>(scenario.nodes());
        nodes.set(index, node);
        return scenario.withNodes(nodes);
    }

    /** The card as a role, or a refusal naming it. */
    static Role role(Node node) {
        if (node instanceof Role role) {
            return role;
        }
        throw EditRejected.of(EditKey.NOT_A_ROLE, node.label());
    }

    /**
     * The scenario with every card named in {@code ids} replaced by {@code change} of it, in one
     * pass. Refuses when an id names no card.
     */
    static Scenario changeNodes(Scenario scenario, Set<String> ids, UnaryOperator<Node> change) {
        if (ids.isEmpty()) {
            return scenario;
        }
        List<Node> nodes = new ArrayList<>(scenario.nodes().size());
        int found = 0;
        for (Node node : scenario.nodes()) {
            if (ids.contains(node.id())) {
                nodes.add(change.apply(node));
                found++;
            } else {
                nodes.add(node);
            }
        }
        requireAllFound(scenario, ids, found);
        return scenario.withNodes(nodes);
    }

    /** Refuses, naming a missing id, when fewer than all of {@code ids} were found. */
    static void requireAllFound(Scenario scenario, Set<String> ids, int found) {
        if (found == ids.size()) {
            return;
        }
        Map<String, Node> present = scenario.nodesById();
        for (String id : ids) {
            if (!present.containsKey(id)) {
                throw EditRejected.of(EditKey.NO_CARD, id);
            }
        }
    }

    /** The total number of cards in all scenarios of the design. */
    static int cardCount(Design design) {
        int count = 0;
        for (Scenario scenario : design.scenarios()) {
            count += scenario.nodes().size();
        }
        return count;
    }
}
