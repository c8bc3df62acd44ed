package org.modesign.importer;

import java.util.List;
import java.util.Objects;
import org.modesign.text.Sentence;

/**
 * A text of the CSV import for a person, kept as its {@link ImportMessage} and arguments so that
 * the editor can translate it ({@link Sentence}: English for the command line, and where a bundle
 * lacks the key). An argument that is a field's name is put in as that name, in the same language.
 */
public record ImportText(ImportMessage key, List<Object> args) implements Sentence {

    public ImportText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The text of {@code message} with these arguments (none may be null). */
    public static ImportText of(ImportMessage message, Object... args) {
        return new ImportText(message, List.of(args));
    }

    @Override
    public String toString() {
        return english();
    }
}
