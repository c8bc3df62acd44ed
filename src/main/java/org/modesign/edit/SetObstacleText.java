package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Obstacle;

/** Changes what an obstacle says (its id stays). Not blank. */
public record SetObstacleText(String obstacle, String wording) implements ObstacleCommand {

    public SetObstacleText {
        Objects.requireNonNull(obstacle, "obstacle");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.SET_OBSTACLE_TEXT);
    }

    @Override
    public Obstacle change(Obstacle o) {
        return o.withText(Rules.name(wording));
    }
}
