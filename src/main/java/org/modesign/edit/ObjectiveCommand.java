package org.modesign.edit;

import org.modesign.model.Design;
import org.modesign.model.Objective;

/** An edit of one objective of the charter; it keeps its id and its place in the list. */
public interface ObjectiveCommand extends EditCommand {

    /** The id of the objective this command edits. */
    String objective();

    /**
     * The objective after this edit.
     *
     * @throws EditRejected when the edit is impossible
     */
    Objective change(Design design, Objective objective);

    @Override
    default Design apply(Design design) {
        int index = Catalogue.objectiveIndex(design, objective());
        Objective before = design.charter().objectives().get(index);
        Objective after = change(design, before);
        return after.equals(before) ? design : design.withCharter(design.charter().withObjectives(
                Catalogue.replaced(design.charter().objectives(), index, after)));
    }
}
