package org.modesign.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which language MOdesign speaks to a user of each locale, and the tags it remembers them by. */
class LanguageTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "zh, SIMPLIFIED_CHINESE", "zh-CN, SIMPLIFIED_CHINESE", "zh-SG, SIMPLIFIED_CHINESE",
        "zh-Hans, SIMPLIFIED_CHINESE", "zh-Hans-HK, SIMPLIFIED_CHINESE",
        "zh-TW, TRADITIONAL_CHINESE", "zh-HK, TRADITIONAL_CHINESE", "zh-MO, TRADITIONAL_CHINESE",
        "zh-Hant, TRADITIONAL_CHINESE", "zh-Hant-CN, TRADITIONAL_CHINESE",
        "en, ENGLISH", "en-GB, ENGLISH", "de-DE, ENGLISH", "ja-JP, ENGLISH", "und, ENGLISH"})
    void mapsEachLocaleToTheLanguageItsUsersRead(String tag, Language expected) {
        assertEquals(expected, Language.of(Locale.forLanguageTag(tag)));
    }

    @Test
    void theJdksChineseLocalesMapToThemselves() {
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Language.TRADITIONAL_CHINESE, Language.of(Locale.TRADITIONAL_CHINESE));
        for (Language language : Language.values()) {
            assertEquals(language, Language.of(language.locale()), language.name());
        }
    }

    @Test
    void tagsReadBackAndUnknownTagsAreNone() {
        for (Language language : Language.values()) {
            assertEquals(Optional.of(language), Language.forTag(language.tag()));
        }
        assertEquals(Optional.empty(), Language.forTag("fr"));
        assertEquals(Optional.empty(), Language.forTag("zh"));
        assertTrue(Language.TRADITIONAL_CHINESE.isChinese());
        assertFalse(Language.ENGLISH.isChinese());
    }
}
