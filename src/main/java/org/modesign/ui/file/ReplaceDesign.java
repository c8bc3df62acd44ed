package org.modesign.ui.file;

import org.modesign.edit.EditCommand;
import org.modesign.edit.EditText;
import org.modesign.model.Design;

/**
 * Replaces the whole design, as one undoable step named {@code text}: a design recovered after a
 * crash on top of what its file holds, or a template on top of a new design. The document is then
 * unsaved, and undo goes back to the design underneath.
 */
record ReplaceDesign(Design replacement, EditText text) implements EditCommand {

    @Override
    public Design apply(Design design) {
        return replacement;
    }
}
