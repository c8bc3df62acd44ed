package org.modesign.ui.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.text.Language;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.framework.junit5.ApplicationExtension;

/** View ▸ Language: four choices, the current one ticked; a change is remembered and announced. */
@ExtendWith(ApplicationExtension.class)
class LanguageMenuTest {

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private final LanguageSetting setting = new LanguageSetting(node);
    private final FakeDialogs dialogs = new FakeDialogs();

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void offersTheSystemsLanguageAndTheThreeLanguagesInTheirOwnWords() {
        Menu menu = new LanguageMenu(setting, Locale.TRADITIONAL_CHINESE, dialogs).create();
        assertEquals("_Language", menu.getText());
        assertEquals(List.of("System default (\u7E41\u9AD4\u4E2D\u6587)", "English", "\u7B80\u4F53\u4E2D\u6587",
                "\u7E41\u9AD4\u4E2D\u6587"), menu.getItems().stream().map(MenuItem::getText).toList());
        assertTrue(((RadioMenuItem) menu.getItems().get(0)).isSelected(), "no choice yet: the system's");
    }

    @Test
    void choosingALanguageRemembersItAndSaysSoInBothLanguages() {
        Menu menu = new LanguageMenu(setting, Locale.US, dialogs).create();
        menu.getItems().get(2).fire();
        assertEquals(Optional.of(Language.SIMPLIFIED_CHINESE), new LanguageSetting(node).chosen());
        assertEquals(1, dialogs.information.size());
        String message = dialogs.information.get(0).text();
        assertTrue(message.startsWith("MOdesign will show its menus and texts in \u7B80\u4F53\u4E2D\u6587"), message);
        assertTrue(message.endsWith(I18n.trIn(Language.SIMPLIFIED_CHINESE, "language.restart.message",
                "\u7B80\u4F53\u4E2D\u6587")), message);
        assertTrue(((RadioMenuItem) new LanguageMenu(setting, Locale.US, dialogs).create().getItems().get(2))
                .isSelected(), "the next menu ticks the choice");
    }

    @Test
    void choosingTheLanguageShownAlreadySaysNothing() {
        Menu menu = new LanguageMenu(setting, Locale.US, dialogs).create();
        menu.getItems().get(1).fire();
        assertEquals(Optional.of(Language.ENGLISH), setting.chosen());
        menu.getItems().get(0).fire();
        assertEquals(Optional.empty(), setting.chosen());
        assertEquals(List.of(), dialogs.information, "the editor speaks English already");
    }
}
