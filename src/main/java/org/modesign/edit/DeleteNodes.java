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
import org.modesign.model.StackEntry;

/**
 * Deletes cards with every line that touches them. Roles whose team is deleted stay, without a
 * team (they keep their own region, phases and lines): deleting a box should not silently delete
 * the people drawn in it, and the user can delete them too. In the same step, a deleted team is
 * taken off every {@code alsoIn} list, and the tool deployments a deleted card owned stay without
 * an owner. O(cards + lines + deployments).
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
            } else {
                kept.add(withoutDeleted(node));
            }
        }
        Scenarios.requireAllFound(target, ids, found);
        List<Line> lines = new ArrayList<>(target.lines().size());
        for (Line line : target.lines()) {
            if (!ids.contains(line.from()) && !ids.contains(line.to())) {
                lines.add(line);
            }
        }
        List<StackEntry> stack = new ArrayList<>(target.stack().size());
        for (StackEntry entry : target.stack()) {
            stack.add(entry.owner() != null && ids.contains(entry.owner()) ? entry.withOwner(null) : entry);
        }
        return target.withNodes(kept).withLines(lines).withStack(stack);
    }

    /** A card that stays, without the deleted team it belonged to or served on. */
    private Node withoutDeleted(Node node) {
        Node result = node;
        if (node instanceof Role role && role.team() != null && ids.contains(role.team())) {
            result = role.withTeam(null);
        }
        if (Holders.isHolder(result) && !Holders.alsoIn(result).isEmpty()) {
            List<String> teams = Holders.alsoIn(result);
            List<String> staying = teams.stream().filter(team -> !ids.contains(team)).toList();
            if (staying.size() < teams.size()) {
                result = Holders.withAlsoIn(result, staying);
            }
        }
        return result;
    }
}
