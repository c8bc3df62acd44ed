package org.modesign.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/** Fills in a {@link Message}'s pattern, translated when a bundle has it, else in English. */
public final class Patterns {

    private Patterns() {
    }

    /**
     * {@code message} with {@code args}, in the language of {@code bundle}; in English when
     * {@code bundle} is null or lacks the message. {@code part} gives an argument as it is put in,
     * in the language chosen (null: English): so an argument that is itself a text reads in the
     * same language as the sentence around it.
     */
    public static String format(Message message, List<Object> args, ResourceBundle bundle,
            BiFunction<Object, ResourceBundle, Object> part) {
        ResourceBundle used = translating(message, bundle);
        Locale locale = used == null ? Locale.ENGLISH : used.getLocale();
        Object[] values = args.stream().map(arg -> part.apply(arg, used)).toArray();
        return new MessageFormat(pattern(message, used), locale).format(values);
    }

    /**
     * {@code message}'s pattern as it is written, not filled in: {@code bundle}'s translation, or the
     * English when {@code bundle} is null or lacks the message.
     */
    public static String pattern(Message message, ResourceBundle bundle) {
        ResourceBundle used = translating(message, bundle);
        return used == null ? message.english() : used.getString(message.bundleKey());
    }

    /** {@code bundle} when it translates {@code message}, else null (English). */
    private static ResourceBundle translating(Message message, ResourceBundle bundle) {
        return bundle != null && bundle.containsKey(message.bundleKey()) ? bundle : null;
    }
}
