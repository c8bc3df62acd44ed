package org.modesign.edit;

import java.util.Objects;
import org.modesign.model.Design;

/**
 * Moves an objective to another place in the charter: {@code index} is its position afterwards,
 * brought into the list's range (so moving the first one up changes nothing).
 */
public record MoveObjective(String objective, int index) implements EditCommand {

    public MoveObjective {
        Objects.requireNonNull(objective, "objective");
    }

    /** Moves the objective {@code delta} places down (negative: up) from where it is in {@code design}. */
    public static MoveObjective by(Design design, String objective, int delta) {
        return new MoveObjective(objective, Catalogue.objectiveIndex(design, objective) + delta);
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.MOVE_OBJECTIVE);
    }

    @Override
    public Design apply(Design design) {
        int from = Catalogue.objectiveIndex(design, objective);
        int to = Catalogue.clamp(index, design.charter().objectives().size());
        return from == to ? design : design.withCharter(design.charter().withObjectives(
                Catalogue.moved(design.charter().objectives(), from, to)));
    }
}
