package org.modesign.edit;

import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.modesign.text.Patterns;

/**
 * A text for a person, kept as a message key and its arguments so that the user interface can
 * translate it: {@link #english()} gives the default, {@link #localized(ResourceBundle)} looks the
 * pattern up under {@link EditKey#bundleKey()} and falls back to English when it is missing. An
 * argument that is itself an {@code EditText} (a part of a sentence) is put in as its own text, in
 * the same language.
 */
public record EditText(EditKey key, List<Object> args) {

    public EditText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The text of {@code key} with these arguments (none may be null). */
    public static EditText of(EditKey key, Object... args) {
        return new EditText(key, List.of(args));
    }

    /** The text in English. */
    public String english() {
        return Patterns.format(key, args, null, EditText::part);
    }

    /** The text with the pattern of {@code bundle}, or in English when the bundle lacks the key. */
    public String localized(ResourceBundle bundle) {
        return Patterns.format(key, args, bundle, EditText::part);
    }

    /** An argument as put in: a part of the sentence in the sentence's language (null bundle: English). */
    private static Object part(Object arg, ResourceBundle bundle) {
        if (arg instanceof EditText text) {
            return bundle == null ? text.english() : text.localized(bundle);
        }
        return arg;
    }

    @Override
    public String toString() {
        return english();
    }
}
