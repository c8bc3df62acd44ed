package org.modesign.ui.base;

import java.util.function.Consumer;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditRejected;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.analysis.LiveAnalysis;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.document.Selection;
import org.modesign.ui.i18n.I18n;

/**
 * What every view of the editor shares: the open document, the selection, the live analysis, the
 * actions, the dialogs and the look. Views get it in their constructor; there are no global singletons.
 */
public final class EditorContext {

    private final DocumentModel document;
    private final Selection selection = new Selection();
    private final LiveAnalysis analysis = new LiveAnalysis();
    private final ActionRegistry actions = new ActionRegistry();
    private final DialogService dialogs;
    private final Look look = new Look();
    private Consumer<String> statusMessages = message -> { };

    public EditorContext(DocumentModel document, DialogService dialogs) {
        this.document = document;
        this.dialogs = dialogs;
    }

    public DocumentModel document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public LiveAnalysis analysis() {
        return analysis;
    }

    public ActionRegistry actions() {
        return actions;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** The theme and text scale the painted views draw with. */
    public Look look() {
        return look;
    }

    /** Where short notes for the user go (the status bar). */
    public void setStatusMessages(Consumer<String> sink) {
        this.statusMessages = sink;
    }

    public void showStatus(String message) {
        statusMessages.accept(message);
    }

    /**
     * Applies an edit as one undoable step. When the edit is impossible, nothing changes, the
     * reason goes to the status bar, and false is returned.
     */
    public boolean edit(EditCommand command) {
        return edit(command, null);
    }

    /** Applies an edit that merges with the previous one of the same key (a drag in progress). */
    public boolean edit(EditCommand command, Object mergeKey) {
        try {
            if (mergeKey == null) {
                document.execute(command);
            } else {
                document.execute(command, mergeKey);
            }
            return true;
        } catch (EditRejected e) {
            showStatus(e.reason().localized(I18n.bundle()));
            return false;
        }
    }
}
