package org.modesign.ui.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.merge.Change;
import org.modesign.merge.DesignDiff;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.render.ChangeMark;
import org.modesign.render.ChangeMarks;
import org.modesign.render.ChartScene;

/**
 * The marks of one scenario's chart for a diff: its added and changed cards, and its removed
 * cards as ghosts with the place and size their cards had in the design before.
 */
final class ChartChanges {

    private ChartChanges() {
    }

    /** The marks of scenario {@code scenarioId} for {@code diff} from {@code before}. */
    static ChangeMarks of(DesignDiff diff, Design before, String scenarioId) {
        Map<String, ChangeMark> nodes = new HashMap<>();
        List<Node> removed = new ArrayList<>();
        for (Change c : diff.changes()) {
            if (!ChangeRows.isCard(c) || !scenarioId.equals(c.scenario())) {
                continue;
            }
            switch (c.op()) {
                case ADDED -> nodes.put(c.id(), ChangeMark.ADDED);
                case CHANGED -> nodes.putIfAbsent(c.id(), ChangeMark.CHANGED);
                case REMOVED -> {
                    if (c.before() instanceof Node n) {
                        removed.add(n);
                    }
                }
                default -> {
                }
            }
        }
        return new ChangeMarks(nodes, ghosts(before, scenarioId, removed));
    }

    private static List<ChangeMarks.Ghost> ghosts(Design before, String scenarioId, List<Node> removed) {
        if (removed.isEmpty()) {
            return List.of();
        }
        Scenario old = before.scenario(scenarioId).orElse(null);
        if (old == null) {
            return List.of();
        }
        ChartScene scene = ChartScene.of(before, old);
        List<ChangeMarks.Ghost> ghosts = new ArrayList<>(removed.size());
        for (Node n : removed) {
            int index = scene.indexOf(n.id());
            if (index >= 0) {
                ghosts.add(new ChangeMarks.Ghost(n.id(), n.label(), scene.card(index)));
            }
        }
        return ghosts;
    }
}
