package org.modesign.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.importer.ImportFixtures.HEADER;
import static org.modesign.importer.ImportFixtures.preview;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.modesign.importer.mapping.Field;
import org.modesign.text.Patterns;

/**
 * A problem that names a column (a text too long, a phase not known) names it in the sentence's
 * language: the Chinese editor reads the column's Chinese name, the command line its English one.
 */
class FieldNamesWordedTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("org.modesign.ui.i18n.messages",
            Locale.SIMPLIFIED_CHINESE);

    @Test
    void aTitleTooLongNamesTheTitleColumnInTheSentencesLanguage() throws UnusableCsv {
        ImportPreview preview = preview(HEADER, "r1," + "x".repeat(RowParser.MAX_TEXT + 1)
                + ",maker,,,1,,,,");
        ImportText text = only(preview);
        assertEquals(ImportMessage.TOO_LONG, text.key());
        assertTrue(text.english().contains(Field.TITLE.english()), text.english());
        String chinese = text.localized(ZH);
        String column = Patterns.format(Field.TITLE, List.of(), ZH, (a, b) -> a);
        assertFalse(column.equals(Field.TITLE.english()), "the bundle names the column in Chinese: " + column);
        assertTrue(chinese.contains(column), chinese);
        assertFalse(chinese.contains(Field.TITLE.english()), chinese);
    }

    @Test
    void anUnknownPhaseNamesItsColumnInTheSentencesLanguage() throws UnusableCsv {
        ImportText text = only(preview(HEADER, "r1,Analyst,maker,,,1,,Someday,,"));
        assertEquals(ImportMessage.UNKNOWN_PHASE, text.key());
        String column = Patterns.format(Field.FROM, List.of(), ZH, (a, b) -> a);
        assertTrue(text.localized(ZH).contains(column), text.localized(ZH));
        assertTrue(text.english().contains(Field.FROM.english()), text.english());
    }

    private static ImportText only(ImportPreview preview) {
        assertEquals(1, preview.problems().size(), preview.problems().toString());
        return preview.problems().get(0).text();
    }
}
