package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.model.Design;
import org.modesign.model.Objective;

/**
 * Adds an objective at the end of the charter. Its id must be valid and unused among the
 * objectives, its text not blank, its measure and target free texts, its phase none or a phase of
 * the plan; {@link #named} makes the id from the text.
 */
public record AddObjective(Objective objective) implements EditCommand {

    public AddObjective {
        Objects.requireNonNull(objective, "objective");
    }

    /** A new objective with no measure, target or phase and a fresh id made from its text. */
    public static AddObjective named(Design design, String text) {
        return new AddObjective(Objective.of(Catalogue.freshId(Catalogue.objectiveIds(design), text), text));
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.ADD_OBJECTIVE);
    }

    @Override
    public Design apply(Design design) {
        Catalogue.requireNewId(objective.id(), Catalogue.objectiveIds(design));
        Rules.name(objective.text());
        Rules.text(objective.measure());
        Rules.text(objective.target());
        Rules.phases(design, objective.phase(), null);
        List<Objective> objectives = new ArrayList<>(design.charter().objectives());
        objectives.add(objective);
        return design.withCharter(design.charter().withObjectives(objectives));
    }
}
