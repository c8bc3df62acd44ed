package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;

/**
 * Moves an obstacle to another place in the charter: {@code index} is its position afterwards,
 * brought into the list's range (so moving the first one up changes nothing).
 */
public record MoveObstacle(String obstacle, int index) implements EditCommand {

    public MoveObstacle {
        Objects.requireNonNull(obstacle, "obstacle");
    }

    /** Moves the obstacle {@code delta} places down (negative: up) from where it is in {@code design}. */
    public static MoveObstacle by(Design design, String obstacle, int delta) {
        return new MoveObstacle(obstacle, Catalogue.obstacleIndex(design, obstacle) + delta);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.MOVE_OBSTACLE);
    }

    @Override
    public Design apply(Design design) {
        int from = Catalogue.obstacleIndex(design, obstacle);
        int to = Catalogue.clamp(index, design.charter().obstacles().size());
        return from == to ? design : design.withCharter(design.charter().withObstacles(
                Catalogue.moved(design.charter().obstacles(), from, to)));
    }
}
