package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;

/**
 * Adds an obstacle at the end of the charter. Its id must be valid and unused among the obstacles,
 * its text not blank, its strategy a free text; {@link #named} makes the id from the text.
 */
public record AddObstacle(Obstacle obstacle) implements EditCommand {

    public AddObstacle {
        Objects.requireNonNull(obstacle, "obstacle");
    }

    /** A new obstacle of {@code kind} with no strategy yet and a fresh id made from its text. */
    public static AddObstacle named(Design design, ObstacleKind kind, String text) {
        return new AddObstacle(new Obstacle(Catalogue.freshId(Catalogue.obstacleIds(design), text), kind, text, ""));
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_OBSTACLE);
    }

    @Override
    public Design apply(Design design) {
        Catalogue.requireNewId(obstacle.id(), Catalogue.obstacleIds(design));
        Rules.name(obstacle.text());
        Rules.text(obstacle.strategy());
        List<Obstacle> obstacles = new ArrayList<>(design.charter().obstacles());
        obstacles.add(obstacle);
        return design.withCharter(design.charter().withObstacles(obstacles));
    }
}
