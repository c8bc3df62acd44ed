package org.modesign.edit;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

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
        return format(key.english(), Locale.ENGLISH, EditText::english);
    }

    /** The text with the pattern of {@code bundle}, or in English when the bundle lacks the key. */
    public String localized(ResourceBundle bundle) {
        if (!bundle.containsKey(key.bundleKey())) {
            return english();
        }
        return format(bundle.getString(key.bundleKey()), bundle.getLocale(), part -> part.localized(bundle));
    }

    private String format(String pattern, Locale locale, Function<EditText, String> parts) {
        Object[] values = args.stream().map(arg -> arg instanceof EditText part ? parts.apply(part) : arg).toArray();
        return new MessageFormat(pattern, locale).format(values);
    }

    @Override
    public String toString() {
        return english();
    }
}
