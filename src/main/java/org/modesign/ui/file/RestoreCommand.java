package org.modesign.ui.file;

import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.edit.EditCommand;
import org.modesign.model.Design;

/**
 * Replaces the whole design with one recovered after a crash, as an undoable step on top of what
 * the file holds: the document is then unsaved, and undo goes back to the file's content.
 */
record RestoreCommand(Design recovered) implements EditCommand {

    @Override
    public Design apply(Design design) {
        return recovered;
    }

    @Override
    public EditText text() {
        return EditText.of(EditKey.RESTORE);
    }
}
