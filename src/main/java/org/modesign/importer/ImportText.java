package org.modesign.importer;

import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.modesign.text.Message;
import org.modesign.text.Patterns;

/**
 * A text of the CSV import for a person, kept as a message and its arguments so that the editor
 * can translate it: {@link #english()} for the command line, {@link #localized(ResourceBundle)}
 * for the editor (English when the bundle lacks the key).
 */
public record ImportText(ImportMessage message, List<Object> args) {

    public ImportText {
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
    }

    /** The text of {@code message} with these arguments (none may be null). */
    public static ImportText of(ImportMessage message, Object... args) {
        return new ImportText(message, List.of(args));
    }

    public String english() {
        return Patterns.format(message, args, null, ImportText::part);
    }

    /** The text with the pattern of {@code bundle}, or in English when the bundle lacks the key. */
    public String localized(ResourceBundle bundle) {
        return Patterns.format(message, args, bundle, ImportText::part);
    }

    /** An argument that is itself a text (the name of a field) in the sentence's language. */
    private static Object part(Object arg, ResourceBundle bundle) {
        return arg instanceof Message text ? Patterns.format(text, List.of(), bundle, (a, b) -> a) : arg;
    }

    @Override
    public String toString() {
        return english();
    }
}
