package org.modesign.ui.language;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.modesign.text.Language;

/**
 * The language the user chose for the editor (View ▸ Language), kept in the user's
 * {@link Preferences} under {@code language} as a {@link Language#tag()}; no value (or an unknown
 * one) means "follow the system": the language of the default locale.
 */
public final class LanguageSetting {

    static final String KEY = "language";

    private final Preferences node;

    public LanguageSetting(Preferences node) {
        this.node = node;
    }

    /** The setting of the current user, in the preferences node {@code org/modesign}. */
    public static LanguageSetting forUser() {
        return new LanguageSetting(Preferences.userRoot().node("org/modesign"));
    }

    /** The language chosen, or empty when the editor follows the system. */
    public Optional<Language> chosen() {
        String tag = node.get(KEY, null);
        return tag == null ? Optional.empty() : Language.forTag(tag);
    }

    /** Remembers {@code language} as the editor's language. */
    public void choose(Language language) {
        node.put(KEY, language.tag());
        flush();
    }

    /** Forgets the choice: the editor follows the system's language again. */
    public void followSystem() {
        node.remove(KEY);
        flush();
    }

    /** The language the editor speaks on a system whose locale is {@code system}. */
    public Language effective(Locale system) {
        return chosen().orElse(Language.of(system));
    }

    /**
     * The default locale for a run of the editor on a system whose locale is {@code system}: the
     * system's own when the editor speaks English and so does the system (its dates and numbers
     * stay as the user is used to), else the locale of the editor's language, so that the texts of
     * JavaFX's own controls are in that language too ({@code zh_HK} becomes {@code zh_TW}).
     */
    public Locale defaultLocale(Locale system) {
        Language language = effective(system);
        return language == Language.ENGLISH && Language.of(system) == Language.ENGLISH ? system : language.locale();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The preferences keep the choice in memory and write it later; losing it costs one more choice.
        }
    }
}
