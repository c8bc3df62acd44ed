package org.modesign.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A sentence's arguments are worded in the sentence's language: parts, lists and names of fields alike. */
class SentenceTest {

    /** A message of the test's own; the constants below stand for an enum's. */
    private record Words(String bundleKey, String english) implements Message {
        static final Words MOVE = new Words("test.move", "Move {0} under {1}");
        static final Words CARD = new Words("test.card", "the card \u201C{0}\u201D");
        static final Words FIELD = new Words("test.field", "title");
        static final Words NAMED = new Words("test.named", "the {0} column");
        static final Words UNTRANSLATED = new Words("test.untranslated", "{0} as written");
    }

    private record Text(Words key, List<Object> args) implements Sentence {
        static Text of(Words key, Object... args) {
            return new Text(key, List.of(args));
        }
    }

    private static final ResourceBundle CHINESE = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"test.move", "把{0}移到{1}下"}, {"test.card", "卡片\u201C{0}\u201D"}, {"test.field", "职位"},
                {"test.named", "{0}列"}};
        }

        @Override
        public Locale getLocale() {
            return Locale.SIMPLIFIED_CHINESE;
        }
    };

    private final Sentence move = Text.of(Words.MOVE, Text.of(Words.CARD, "Analyst"), (Sentence.Worded) bundle ->
            bundle == null ? "two teams" : "两个团队");

    @Test
    void partsAndListsAreWordedInTheSentencesLanguage() {
        assertEquals("Move the card \u201CAnalyst\u201D under two teams", move.english());
        assertEquals("把卡片\u201CAnalyst\u201D移到两个团队下", move.localized(CHINESE));
    }

    @Test
    void aBareMessageIsPutInAsItsWordsAndAPlainValueAsItIs() {
        Sentence named = Text.of(Words.NAMED, Words.FIELD);
        assertEquals("the title column", named.english());
        assertEquals("职位列", named.localized(CHINESE));
        assertEquals("title as written", Text.of(Words.UNTRANSLATED, Words.FIELD).localized(CHINESE),
                "all in English where the bundle lacks the sentence, its parts too");
        assertEquals("1,234 as written", Text.of(Words.UNTRANSLATED, 1234).english());
    }
}
