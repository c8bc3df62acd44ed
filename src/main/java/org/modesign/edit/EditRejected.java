package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.model.Problem;

/**
 * Thrown by {@link EditCommand#apply} when an edit is impossible (a missing card, an FTE out of
 * range, a second line between the same cards, ...). The design is left as it was. The message is
 * one sentence for a person; {@link #problems()} lists the structural problems behind it when an
 * integrity check found them (otherwise it is empty).
 */
public final class EditRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EditText reason;
    private final transient List<Problem> problems;

    public EditRejected(EditText reason) {
        this(reason, List.of());
    }

    public EditRejected(EditText reason, List<Problem> problems) {
        super(reason.english(), null, false, false);
        this.reason = reason;
        this.problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    /** Shorthand for a refusal without problems. */
    static EditRejected of(EditKey key, Object... args) {
        return new EditRejected(EditText.of(key, args));
    }

    /** Why the edit was refused, for translation; {@link #getMessage()} is its English text. */
    public EditText reason() {
        return reason;
    }

    /** The structural problems the edit would have caused, in file order; often empty. */
    public List<Problem> problems() {
        return problems;
    }
}
