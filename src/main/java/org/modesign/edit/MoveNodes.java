package org.modesign.edit;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Moves cards by (dx, dy): "Move card", "Move 3 cards". One pass over the scenario's cards with a
 * hash set of ids, so a drag step costs O(cards) however many cards move. Run it for each drag
 * step with a merge key ({@link History#execute(EditCommand, Object)}) to make a drag one step.
 */
public record MoveNodes(String scenario, Set<String> ids, double dx, double dy) implements ScenarioCommand {

    public MoveNodes {
        Objects.requireNonNull(scenario, "scenario");
        ids = Set.copyOf(ids);
    }

    /** Moves the cards named in {@code ids}. */
    public static MoveNodes by(String scenario, Collection<String> ids, double dx, double dy) {
        return new MoveNodes(scenario, Set.copyOf(ids), dx, dy);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.MOVE_CARDS, ids.size());
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        Rules.finite(dx);
        Rules.finite(dy);
        if (dx == 0 && dy == 0) {
            return target;
        }
        return Scenarios.changeNodes(target, ids, node -> {
            double x = node.x() + dx;
            double y = node.y() + dy;
            Rules.finite(x);
            Rules.finite(y);
            return node.withPosition(x, y);
        });
    }
}
