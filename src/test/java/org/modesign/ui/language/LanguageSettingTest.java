package org.modesign.ui.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.modesign.text.Language;

/** The language chosen in View ▸ Language is kept in the preferences and read back at the next start. */
class LanguageSettingTest {

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private final LanguageSetting setting = new LanguageSetting(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void withoutAChoiceTheEditorFollowsTheSystem() {
        assertEquals(Optional.empty(), setting.chosen());
        assertEquals(Language.TRADITIONAL_CHINESE, setting.effective(Locale.forLanguageTag("zh-HK")));
        assertEquals(Language.SIMPLIFIED_CHINESE, setting.effective(Locale.forLanguageTag("zh-SG")));
        assertEquals(Language.ENGLISH, setting.effective(Locale.US));
    }

    @Test
    void aChoiceIsReadBackByTheNextRunAndWinsOverTheSystem() {
        setting.choose(Language.TRADITIONAL_CHINESE);
        LanguageSetting nextRun = new LanguageSetting(node);
        assertEquals(Optional.of(Language.TRADITIONAL_CHINESE), nextRun.chosen());
        assertEquals("zh-TW", node.get(LanguageSetting.KEY, null));
        assertEquals(Language.TRADITIONAL_CHINESE, nextRun.effective(Locale.US));
        nextRun.choose(Language.ENGLISH);
        assertEquals(Language.ENGLISH, new LanguageSetting(node).effective(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void followingTheSystemForgetsTheChoice() {
        setting.choose(Language.SIMPLIFIED_CHINESE);
        setting.followSystem();
        assertEquals(Optional.empty(), new LanguageSetting(node).chosen());
        assertEquals(Language.ENGLISH, setting.effective(Locale.UK));
    }

    @Test
    void anUnknownStoredValueMeansTheSystemsLanguage() {
        node.put(LanguageSetting.KEY, "klingon");
        assertEquals(Optional.empty(), setting.chosen());
        assertEquals(Language.SIMPLIFIED_CHINESE, setting.effective(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theDefaultLocaleIsTheLanguagesExceptForEnglishOnAnEnglishSpeakingSystem() {
        assertEquals(Locale.UK, setting.defaultLocale(Locale.UK), "an English system keeps its own formats");
        assertEquals(Locale.GERMANY, setting.defaultLocale(Locale.GERMANY), "so does any system MOdesign cannot speak");
        assertEquals(Locale.TRADITIONAL_CHINESE, setting.defaultLocale(Locale.forLanguageTag("zh-HK")),
                "Hong Kong gets the Taiwan bundles of JavaFX too");
        setting.choose(Language.SIMPLIFIED_CHINESE);
        assertEquals(Locale.SIMPLIFIED_CHINESE, setting.defaultLocale(Locale.US));
        setting.choose(Language.ENGLISH);
        assertEquals(Locale.ENGLISH, setting.defaultLocale(Locale.TRADITIONAL_CHINESE));
        assertEquals(Locale.CANADA, setting.defaultLocale(Locale.CANADA));
    }
}
