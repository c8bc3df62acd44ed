package org.modesign.ui.file;

import org.modesign.ui.base.DialogService;
import org.modesign.ui.document.DocumentModel;

/**
 * Asks what to do with unsaved changes before they would be lost (New, Open, closing): save them,
 * discard them, or cancel.
 */
final class UnsavedChanges {

    private final DocumentModel document;
    private final DialogService dialogs;
    private final DesignSaver saver;

    UnsavedChanges(DocumentModel document, DialogService dialogs, DesignSaver saver) {
        this.document = document;
        this.dialogs = dialogs;
        this.saver = saver;
    }

    /**
     * True when the caller may go on: there are no unsaved changes, the user saved them, or chose
     * to discard them. False when the user cancelled, or the save failed or was cancelled.
     */
    boolean settle() {
        if (!document.dirtyProperty().get()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(document.design().title())) {
            case SAVE -> saver.save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }
}
