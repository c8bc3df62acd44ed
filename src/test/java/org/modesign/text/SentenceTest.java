package org.modesign.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A sentence's arguments are worded in the sentence's language: parts, lists and names of fields alike. */
class SentenceTest {

    private enum Words implements Message {
        MOVE("test.move", "Move {0} under {1}"),
        CARD("test.card", "the card \u201C{0}\u201D"),
        FIELD("test.field", "title"),
        NAMED("test.named", "the {0} column"),
        UNTRANSLATED("test.untranslated", "{0} as written");

        private final String key;
        private final String english;

        Words(String key, String english) {
            this.key = key;
            this.english = english;
        }

        @Override
        public String bundleKey() {
            return key;
        }

        @Override
        public String english() {
            return english;
        }
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
