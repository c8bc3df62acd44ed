package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/**
 * Deletes cards with every line that touches them. Roles whose team is deleted stay, without a
 * team (they keep their own region, phases and lines): deleting a box should not silently delete
 * the people drawn in it, and the user can delete them too. O(cards + lines).
 */
public record DeleteNodes(String scenario, Set<String> ids) implements ScenarioCommand {

    public DeleteNodes {
        Objects.requireNonNull(scenario, "scenario");
        ids = Set.copyOf(ids);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.DELETE_CARDS, ids.size());
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        if (ids.isEmpty()) {
            return target;
        }
        List<Node> kept = new ArrayList<>(target.nodes().size());
        int found = 0;
        for (Node node : target.nodes()) {
            if (ids.contains(node.id())) {
                found++;
            } else if (node instanceof Role role && role.team() != null && ids.contains(role.team())) {
                kept.add(role.withTeam(null));
            } else {
                kept.add(node);
            }
        }
        Scenarios.requireAllFound(target, ids, found);
        List<Line> lines = new ArrayList<>(target.lines().size());
        for (Line line : target.lines()) {
            if (!ids.contains(line.from()) && !ids.contains(line.to())) {
                lines.add(line);
            }
        }
        return new Scenario(target.id(), target.name(), target.strategy(), kept, lines);
    }
}
