package org.modesign.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.modesign.importer.ImportMessage;
import org.modesign.ui.I18n;

/** The English bundle holds every text of the CSV import, as the import writes it in English. */
class ImportBundleTest {

    @Test
    void everyImportMessageIsInTheBundleWithItsEnglishText() {
        ResourceBundle english = ResourceBundle.getBundle(I18n.BUNDLE, Locale.ROOT);
        List<String> wrong = new ArrayList<>();
        for (ImportMessage message : ImportMessage.values()) {
            if (!english.containsKey(message.bundleKey())) {
                wrong.add(message.bundleKey() + "=" + message.english());
            } else if (!english.getString(message.bundleKey()).equals(message.english())) {
                wrong.add(message.bundleKey() + " differs: " + english.getString(message.bundleKey()));
            }
        }
        assertEquals(List.of(), wrong, "add these to messages.properties");
    }
}
