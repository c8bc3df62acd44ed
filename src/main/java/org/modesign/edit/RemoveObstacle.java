package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;

/** Removes an obstacle from the charter; nothing else refers to obstacles. */
public record RemoveObstacle(String obstacle) implements EditCommand {

    public RemoveObstacle {
        Objects.requireNonNull(obstacle, "obstacle");
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.REMOVE_OBSTACLE);
    }

    @Override
    public Design apply(Design design) {
        int index = Catalogue.obstacleIndex(design, obstacle);
        return design.withCharter(design.charter().withObstacles(
                Catalogue.removed(design.charter().obstacles(), index)));
    }
}
