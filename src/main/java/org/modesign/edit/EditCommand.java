package org.modesign.edit;

import org.modesign.model.Design;

/**
 * One user action as a function from one immutable design to the next. A command never changes
 * its input; {@link History} keeps the designs before and after it for undo and redo.
 */
public interface EditCommand {

    /**
     * The design after this edit. Returns a design equal to {@code design} when there is nothing
     * to change.
     *
     * @throws EditRejected when the edit is impossible; nothing has changed then
     */
    Design apply(Design design);

    /** The name of the step, e.g. "Move 3 cards", as a key and arguments for translation. */
    EditText text();

    /** The name of the step in English, e.g. "Move 3 cards". */
    default String description() {
        return text().english();
    }
}
