package org.modesign.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Texts found by key — in a resource bundle, say — each falling back to its English when the
 * lookup does not know it, their {@link MessageFormat} patterns filled in for a locale.
 */
public final class KeyedTexts {

    private final Function<String, String> lookup;
    private final Map<String, String> english;
    private final Locale locale;

    /**
     * Texts that ask {@code lookup} for each key, else take it from {@code english}, and fill their
     * patterns in for {@code locale}.
     */
    public KeyedTexts(Function<String, String> lookup, Map<String, String> english, Locale locale) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.english = Objects.requireNonNull(english, "english");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The text of {@code key} with {@code args} filled in (a pattern with no arguments is taken as it is). */
    public String text(String key, Object... args) {
        String pattern = lookup.apply(key);
        if (pattern == null) {
            pattern = english.get(key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
