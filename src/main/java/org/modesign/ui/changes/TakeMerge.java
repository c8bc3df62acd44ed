package org.modesign.ui.changes;

import org.modesign.edit.EditCommand;
import org.modesign.edit.EditText;
import org.modesign.model.Design;

/** Puts the result of a merge in place of the open design, as one undoable step. */
record TakeMerge(Design merged, EditText text) implements EditCommand {

    @Override
    public Design apply(Design design) {
        return merged;
    }
}
