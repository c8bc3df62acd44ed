package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import org.modesign.text.Sentence;

/**
 * A text of the edit package for a person (a step's name, a refusal), kept as its {@link EditKey}
 * and arguments so that the user interface can translate it ({@link Sentence}: English where a
 * bundle lacks the key). An argument that is itself an {@code EditText} (a part of a sentence) is
 * put in as its own text, in the same language.
 */
public record EditText(EditKey key, List<Object> args) implements Sentence {

    public EditText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The text of {@code key} with these arguments (none may be null). */
    public static EditText of(EditKey key, Object... args) {
        return new EditText(key, List.of(args));
    }

    @Override
    public String toString() {
        return english();
    }
}
