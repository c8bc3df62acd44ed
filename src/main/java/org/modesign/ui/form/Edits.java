package org.modesign.ui.form;

import java.util.Optional;
import org.modesign.edit.EditCommand;
import org.modesign.edit.EditRejected;
import org.modesign.edit.EditText;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * Sends the edits of a form (the inspector, the catalogue dialog) through {@link EditorContext#edit},
 * one undoable step each, and hands back the reason of a refusal so that the field can show it
 * next to itself.
 *
 * <p>The command is applied once to the current design first: a refusal is caught there (and also
 * goes to the status bar, as for every refused edit); an accepted result is handed on inside an
 * {@link Applied} command, so the work is not done twice.
 */
public final class Edits {

    private final EditorContext context;

    public Edits(EditorContext context) {
        this.context = context;
    }

    public EditorContext context() {
        return context;
    }

    /** Applies {@code command}; the localized reason when it was refused, else empty. */
    public Optional<String> submit(EditCommand command) {
        Design before = context.document().design();
        Design after;
        try {
            after = command.apply(before);
        } catch (EditRejected e) {
            String reason = e.reason().localized(I18n.bundle());
            context.showStatus(reason);
            return Optional.of(reason);
        }
        if (!context.edit(new Applied(command, before, after))) {
            return Optional.of(I18n.tr("inspector.refused"));
        }
        return Optional.empty();
    }

    /** A command whose result on {@code before} is already known; on another design it runs again. */
    private record Applied(EditCommand command, Design before, Design after) implements EditCommand {

        @Override
        public Design apply(Design design) {
            return design == before ? after : command.apply(design);
        }

        @Override
        public EditText text() {
            return command.text();
        }
    }
}
