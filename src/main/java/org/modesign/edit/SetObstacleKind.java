package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;

/** Sets what kind of obstacle it is: stakeholder, process, technology or budget. */
public record SetObstacleKind(String obstacle, ObstacleKind kind) implements ObstacleCommand {

    public SetObstacleKind {
        Objects.requireNonNull(obstacle, "obstacle");
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_OBSTACLE_KIND);
    }

    @Override
    public Obstacle change(Obstacle o) {
        return o.withKind(kind);
    }
}
