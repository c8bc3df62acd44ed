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
 * The marks of one scenario's chart for a diff from one design (the one compared with): its added
 * and changed cards, and its removed cards as ghosts with the place and size their cards had in
 * that design. The chart of that design is laid out once per scenario, not again after every edit.
 */
public final class ChartChanges {

    private final Design before;
    private final Map<String, ChartScene> scenes = new HashMap<>();

    /** Marks for diffs from {@code before}. */
    public ChartChanges(Design before) {
        this.before = before;
    }

    /** The marks of scenario {@code scenarioId} for {@code diff} from the design compared with. */
    public ChangeMarks of(DesignDiff diff, String scenarioId) {
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
        return new ChangeMarks(nodes, ghosts(scenarioId, removed));
    }

    private List<ChangeMarks.Ghost> ghosts(String scenarioId, List<Node> removed) {
        if (removed.isEmpty()) {
            return List.of();
        }
        Scenario old = before.scenario(scenarioId).orElse(null);
        if (old == null) {
            return List.of();
        }
        ChartScene scene = scenes.computeIfAbsent(scenarioId, id -> ChartScene.of(before, old));
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
