package org.modesign.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts by key: the lookup's when it knows the key, else the English; patterns filled in for the locale. */
class KeyedTextsTest {

    private static final Map<String, String> ENGLISH = Map.of("pages", "{0,number,integer} pages", "all",
            "All phases", "plain", "Marketing's revenue", "quote", "It''s {0}");

    @Test
    void theLookupsTextWhenItKnowsTheKeyElseTheEnglish() {
        KeyedTexts texts = new KeyedTexts(Map.of("all", "\u6240\u6709\u9636\u6bb5")::get, ENGLISH, Locale.SIMPLIFIED_CHINESE);
        assertEquals("\u6240\u6709\u9636\u6bb5", texts.text("all"));
        assertEquals("12 pages", texts.text("pages", 12), "not translated: the English");
    }

    @Test
    void patternsAreFilledInForTheLocaleAndATextWithoutArgumentsIsPlain() {
        KeyedTexts german = new KeyedTexts(key -> null, ENGLISH, Locale.GERMANY);
        assertEquals("1.200 pages", german.text("pages", 1200));
        assertEquals("Marketing's revenue", german.text("plain"), "a text without arguments is plain, not a pattern");
        assertEquals("It's done", german.text("quote", "done"));
    }
}
