package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/** Makes ids for new cards. */
public final class NodeIds {

    private NodeIds() {
    }

    /**
     * A valid id, unused in {@code scenario}, made from {@code text} (usually the new card's title):
     * "Martech Architect" gives {@code martech-architect}, or {@code martech-architect-2} when that
     * is taken. O(cards).
     */
    public static String fresh(Scenario scenario, String text) {
        List<String> ids = new ArrayList<>(scenario.nodes().size());
        for (Node node : scenario.nodes()) {
            ids.add(node.id());
        }
        return new FreshIds(ids).next(text);
    }
}
