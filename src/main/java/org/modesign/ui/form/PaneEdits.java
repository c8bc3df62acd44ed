package org.modesign.ui.form;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.control.Label;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditRejected;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * How a pane of a form window (a tab of the catalogue window, a part of the charter) changes the
 * design: each change is one undoable edit; a refusal shows under the pane's table (and in the status bar) until the next edit goes through. Removing
 * something still referenced asks first, naming what refers to it, and then removes it together
 * with those references as one step.
 */
public final class PaneEdits {

    private final EditorContext context;
    private final Edits edits;
    private final Label message = new Label();

    public PaneEdits(EditorContext context, String id) {
        this.context = context;
        this.edits = new Edits(context);
        message.setId(id + "-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
    }

    public EditorContext context() {
        return context;
    }

    /** The line under the table that shows why the last edit was refused. */
    public Label message() {
        return message;
    }

    /** Applies {@code command}; true when it went through. */
    public boolean submit(EditCommand command) {
        Optional<String> refusal = edits.submit(command);
        message.setText(refusal.orElse(""));
        message.setVisible(refusal.isPresent());
        return refusal.isEmpty();
    }

    /** Shows {@code reason} under the table and in the status bar, as for a refused edit (e.g. text that is no number). */
    public void refuse(String reason) {
        context.showStatus(reason);
        message.setText(reason);
        message.setVisible(true);
    }

    /**
     * Removes something with {@code plain}. When that is refused because something still refers to
     * it, asks first (titled {@code title}: the refusal, which names what refers to it, and
     * {@code question}); when the user agrees, removes it with {@code withReferences} instead.
     * Any other refusal shows as usual.
     */
    public void remove(EditCommand plain, EditCommand withReferences, String title, String question) {
        try {
            plain.apply(context.document().design());
        } catch (EditRejected refused) {
            EditKey why = refused.reason().key();
            if (why == EditKey.IN_USE || why == EditKey.IN_USE_TWICE) {
                if (context.dialogs().confirm(title, refused.reason().localized(I18n.bundle()) + "\n\n" + question)) {
                    submit(withReferences);
                }
                return;
            }
        }
        submit(plain);
    }
}
