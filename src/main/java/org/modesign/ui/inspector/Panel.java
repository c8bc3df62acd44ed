package org.modesign.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.modesign.edit.EditCommand;
import org.modesign.ui.form.Edits;

/**
 * The fields for one kind of {@link Subject}. A panel is made when a new thing is selected and
 * then only {@link #show shown} new states of it, so its controls (and the focus and caret in
 * them) survive the edits they make.
 *
 * @param <S> the kind of subject
 */
abstract class Panel<S extends Subject> {

    private final Class<S> type;
    private final Edits edits;
    private final List<Field> fields = new ArrayList<>();
    protected final Form form = new Form();
    private S subject;

    Panel(Class<S> type, Edits edits) {
        this.type = type;
        this.edits = edits;
    }

    Node view() {
        return form.view();
    }

    /** Shows {@code next}, which must be of this panel's kind. */
    final void display(Subject next) {
        subject = type.cast(next);
        show(subject);
    }

    /** Updates every field to the values of {@code next}. */
    protected abstract void show(S next);

    /** The subject shown now. */
    protected S subject() {
        return subject;
    }

    /** Commits what was typed but not yet committed, before the selection moves on. */
    void commitPending() {
        for (Field field : fields) {
            field.commitPending();
        }
    }

    /** Remembers a field so that {@link #commitPending()} reaches it. */
    protected <F extends Field> F track(F field) {
        fields.add(field);
        return field;
    }

    /** Applies an edit as one undoable step; the reason when it was refused. */
    protected Optional<String> submit(EditCommand command) {
        return edits.submit(command);
    }

    protected Edits edits() {
        return edits;
    }
}
