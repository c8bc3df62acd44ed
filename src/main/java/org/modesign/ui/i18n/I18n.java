package org.modesign.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.modesign.text.Language;

/**
 * Every user-visible string of the editor, from the resource bundle {@code org.modesign.ui.i18n.messages}
 * in the {@link Language} the editor speaks: English ({@code messages.properties}), Simplified
 * Chinese ({@code messages_zh_CN}) or Traditional Chinese ({@code messages_zh_TW}). The bundles are
 * UTF-8 files. At first it speaks the language of the default locale; {@link #use} switches.
 */
public final class I18n {

    public static final String BUNDLE = "org.modesign.ui.i18n.messages";

    /**
     * Looks in the language's own bundle and then the English one, never in the default locale's:
     * English chosen on a Chinese system must not find the Chinese bundle as a fallback.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A mnemonic in the Chinese style, "文件(_F)", with the space before it, if any. */
    private static final Pattern BRACKETED_MNEMONIC = Pattern.compile("\\s?\\(_\\p{Alnum}\\)");

    private static volatile Language language = Language.of(Locale.getDefault());
    private static volatile ResourceBundle bundle = bundle(language);

    private I18n() {
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String tr(String key, Object... args) {
        return format(bundle, key, args);
    }

    /** The text for {@code key} in {@code other}, whatever language the editor speaks now. */
    public static String trIn(Language other, String key, Object... args) {
        return format(bundle(other), key, args);
    }

    /** Whether the bundle defines {@code key}. */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The bundle of {@code language} (English for the keys it lacks). */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    /** The language the editor speaks. */
    public static Language language() {
        return language;
    }

    /** Switches to the language MOdesign speaks to a user of {@code locale} ({@link Language#of}). */
    public static void use(Locale locale) {
        use(Language.of(locale));
    }

    /** Switches the language (at start-up, and in tests). */
    public static void use(Language next) {
        bundle = bundle(next);
        language = next;
    }

    /**
     * A menu label as plain text, for a tooltip: without its mnemonic ("_Open…" and "打开(_O)…"
     * both lose theirs) and without a trailing ellipsis.
     */
    public static String plain(String label) {
        return BRACKETED_MNEMONIC.matcher(label).replaceAll("").replace("_", "").replace("\u2026", "").strip();
    }

    private static String format(ResourceBundle from, String key, Object... args) {
        String pattern;
        try {
            pattern = from.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, from.getLocale()).format(args);
    }
}
