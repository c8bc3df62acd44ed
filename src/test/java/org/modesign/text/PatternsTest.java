package org.modesign.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PatternsTest {

    private record Text(String bundleKey, String english) implements Message {
    }

    private static final Message COUNT = new Text("count", "{0,number,integer} cards in {1}");
    private static final Message MISSING = new Text("missing", "only in English: {0}");

    private static final ResourceBundle GERMAN = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"count", "{0,number,integer} Karten in {1}"}};
        }

        @Override
        public Locale getLocale() {
            return Locale.GERMAN;
        }
    };

    @Test
    void theBundlesPatternInItsLanguageElseEnglish() {
        assertEquals("1,200 cards in EMEA", Patterns.format(COUNT, List.of(1200, "EMEA"), null, (a, b) -> a));
        assertEquals("1.200 Karten in EMEA", Patterns.format(COUNT, List.of(1200, "EMEA"), GERMAN, (a, b) -> a));
        assertEquals("only in English: x", Patterns.format(MISSING, List.of("x"), GERMAN, (a, b) -> a));
    }

    @Test
    void aPatternIsTakenAsItIsWrittenTranslatedWhereTheBundleHasIt() {
        Message quoted = new Text("quoted", "marketing's {0}");
        assertEquals("{0,number,integer} Karten in {1}", Patterns.pattern(COUNT, GERMAN));
        assertEquals("{0,number,integer} cards in {1}", Patterns.pattern(COUNT, null));
        assertEquals("only in English: {0}", Patterns.pattern(MISSING, GERMAN));
        assertEquals("marketing's {0}", Patterns.pattern(quoted, GERMAN), "not filled in: the quote stays");
    }

    @Test
    void aPartIsPutInInTheLanguageOfItsSentence() {
        Object part = new Object();
        assertEquals("3 Karten in Deutsch", Patterns.format(COUNT, List.of(3, part), GERMAN,
                (a, b) -> a == part ? (b == null ? "English" : "Deutsch") : a));
        assertEquals("only in English: English", Patterns.format(MISSING, List.of(part), GERMAN,
                (a, b) -> a == part ? (b == null ? "English" : "Deutsch") : a), "a missing pattern makes it all English");
    }
}
