package org.modesign.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.FindingKey;
import org.modesign.edit.EditKey;
import org.modesign.importer.ImportMessage;
import org.modesign.importer.mapping.Field;
import org.modesign.report.ReportText;
import org.modesign.text.Message;

/**
 * The English bundle holds every text the core words (findings, edits, the CSV import) under the
 * message's key and with the message's own English pattern, so that the editor in English shows
 * exactly what the command line writes, and a translation has one English original to follow.
 */
class MessageBundleTest {

    @Test
    void everyCoreMessageIsInTheBundleWithItsEnglishText() {
        ResourceBundle english = ResourceBundle.getBundle(I18n.BUNDLE, Locale.ROOT);
        List<String> wrong = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        messages.addAll(List.of(FindingKey.values()));
        messages.addAll(List.of(EditKey.values()));
        messages.addAll(List.of(ImportMessage.values()));
        messages.addAll(List.of(Field.values()));
        messages.addAll(List.of(ReportText.values()));
        messages.addAll(List.of(org.modesign.describe.DescribeKey.values()));
        for (Message message : messages) {
            if (!english.containsKey(message.bundleKey())) {
                wrong.add(message.bundleKey() + "=" + message.english());
            } else if (!english.getString(message.bundleKey()).equals(message.english())) {
                wrong.add(message.bundleKey() + " differs: " + english.getString(message.bundleKey()));
            }
        }
        assertEquals(List.of(), wrong, "add these to messages.properties");
    }
}
