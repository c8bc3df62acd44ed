package org.modesign.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-visible string of the editor, from the resource bundle {@code org.modesign.ui.messages}. */
public final class I18n {

    public static final String BUNDLE = "org.modesign.ui.messages";

    private static ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private I18n() {
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** Whether the bundle defines {@code key}. */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** Switches the language (used by tests and, later, by the language menu). */
    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }
}
