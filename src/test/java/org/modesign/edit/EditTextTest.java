package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EditTextTest {

    /** A bundle with one German pattern, as a user interface would load from a properties file. */
    private static final class German extends ResourceBundle {
        private final Map<String, Object> entries;

        German() {
            this(Map.of(EditKey.MOVE_CARDS.bundleKey(), "{0,choice,1#Karte|1<{0,number,integer} Karten} verschieben"));
        }

        German(Map<String, Object> entries) {
            this.entries = entries;
        }

        @Override
        protected Object handleGetObject(String key) {
            return entries.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(entries.keySet());
        }

        @Override
        public Locale getLocale() {
            return Locale.GERMAN;
        }
    }

    @ParameterizedTest
    @EnumSource(EditKey.class)
    void everyEnglishPatternFormatsCleanly(EditKey key) {
        assertFalse(key.english().contains("'"), "an apostrophe would be eaten by MessageFormat");
        String text = EditText.of(key, 2, 3, 4, 5).english();
        assertFalse(text.contains("{"), text);
        boolean part = key.bundleKey().startsWith("edit.part.");
        assertTrue(part || Character.isUpperCase(text.charAt(0)) || text.charAt(0) == '"', text);
    }

    @Test
    void aTextAsAnArgumentIsPutInAsItsOwnTextInTheSameLanguage() {
        EditText part = EditText.of(EditKey.PART_HELD, 3, 2);
        EditText sentence = EditText.of(EditKey.IN_USE, "Run campaigns", part);
        assertEquals("\"Run campaigns\" is still in use: 3 roles in 2 scenarios hold it.", sentence.english());
        ResourceBundle bundle = new German(Map.of(EditKey.IN_USE.bundleKey(), "\"{0}\" wird noch gebraucht: {1}.",
                EditKey.PART_HELD.bundleKey(), "{0} Rollen in {1} Szenarien"));
        assertEquals("\"Run campaigns\" wird noch gebraucht: 3 Rollen in 2 Szenarien.", sentence.localized(bundle));
        assertEquals("1 role in 1 scenario holds it", EditText.of(EditKey.PART_HELD, 1, 1).english());
    }

    @Test
    void bundleKeysAreDistinct() {
        Set<String> keys = new HashSet<>();
        for (EditKey key : EditKey.values()) {
            assertTrue(keys.add(key.bundleKey()), key.bundleKey());
        }
    }

    @Test
    void countsChooseSingularOrPlural() {
        assertEquals("Move card", EditText.of(EditKey.MOVE_CARDS, 1).english());
        assertEquals("Move 3 cards", EditText.of(EditKey.MOVE_CARDS, 3).english());
        assertEquals("Delete 12,000 cards", EditText.of(EditKey.DELETE_CARDS, 12_000).english());
        assertEquals("Delete line", EditText.of(EditKey.DELETE_LINES, 1).english());
    }

    @Test
    void localizedUsesTheBundleAndFallsBackToEnglish() {
        ResourceBundle german = new German();
        assertEquals("3 Karten verschieben", EditText.of(EditKey.MOVE_CARDS, 3).localized(german));
        assertEquals("Arrange", EditText.of(EditKey.ARRANGE).localized(german));
    }
}
