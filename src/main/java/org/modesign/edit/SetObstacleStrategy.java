package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Obstacle;

/** Sets the strategy against an obstacle; empty for none yet. */
public record SetObstacleStrategy(String obstacle, String strategy) implements ObstacleCommand {

    public SetObstacleStrategy {
        Objects.requireNonNull(obstacle, "obstacle");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_OBSTACLE_STRATEGY);
    }

    @Override
    public Obstacle change(Obstacle o) {
        return o.withStrategy(Rules.text(strategy));
    }
}
