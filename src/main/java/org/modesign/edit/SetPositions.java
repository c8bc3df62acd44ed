package org.modesign.edit;

import java.util.Map;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Puts cards at given positions as one step: "Arrange" after an automatic layout, or "Move n
 * cards" after a drop. Cards not in the map stay where they are. O(cards).
 */
public record SetPositions(String scenario, Map<String, Position> positions, EditText text)
        implements ScenarioCommand {

    public SetPositions {
        Objects.requireNonNull(scenario, "scenario");
        positions = Map.copyOf(positions);
        Objects.requireNonNull(text, "text");
    }

    /** The positions an automatic layout computed: "Arrange". */
    public static SetPositions arrange(String scenario, Map<String, Position> positions) {
        return new SetPositions(scenario, positions, EditText.of(EditKey.ARRANGE));
    }

    /** The positions where the user dropped cards: "Move n cards". */
    public static SetPositions move(String scenario, Map<String, Position> positions) {
        return new SetPositions(scenario, positions, EditText.of(EditKey.MOVE_CARDS, positions.size()));
    }

    @Override
    public Scenario applyTo(Design design, Scenario target) {
        for (Position position : positions.values()) {
            Rules.finite(position.x());
            Rules.finite(position.y());
        }
        return Scenarios.changeNodes(target, positions.keySet(), node -> {
            Position position = positions.get(node.id());
            return node.withPosition(position.x(), position.y());
        });
    }
}
