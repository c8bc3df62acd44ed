package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.file.Editor.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Open Recent: one item per file, missing files disabled, and Clear Recent Files. */
@ExtendWith(ApplicationExtension.class)
class RecentFilesMenuTest {

    @TempDir
    Path dir;

    private Editor editor;
    private Menu menu;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"));
        menu = editor.files.recentMenu();
    }

    @Test
    void anEmptyListSaysSoAndCannotBeCleared() {
        assertEquals(List.of("(no recent files)", "", "Clear Recent Files"), texts());
        assertTrue(menu.getItems().get(0).isDisable());
        assertTrue(menu.getItems().get(2).isDisable());
    }

    @Test
    void savedFilesAppearMostRecentFirstAndOpenWhenChosen() {
        Path a = dir.resolve("a_b.modesign");
        Path b = dir.resolve("b.modesign");
        editor.dialogs.filesToSave.add(Optional.of(a));
        fx(editor.files::saveAs);
        editor.dialogs.filesToSave.add(Optional.of(b));
        fx(editor.files::saveAs);
        assertEquals(List.of("b.modesign  (" + dir + ")", "a_b.modesign  (" + dir + ")", "", "Clear Recent Files"),
                texts());
        fx(() -> menu.getItems().get(1).fire());
        assertEquals(a, editor.file());
    }

    @Test
    void aMissingFileIsShownDisabledAfterTheMenuOpensAgain() throws IOException {
        Path gone = dir.resolve("gone.modesign");
        editor.dialogs.filesToSave.add(Optional.of(gone));
        fx(editor.files::saveAs);
        Files.delete(gone);
        fx(() -> menu.getOnShowing().handle(null));
        MenuItem item = menu.getItems().get(0);
        assertEquals("gone.modesign  (" + dir + ") — not found", item.getText());
        assertTrue(item.isDisable());
    }

    @Test
    void clearEmptiesTheListAndTheMenu() {
        editor.dialogs.filesToSave.add(Optional.of(dir.resolve("a.modesign")));
        fx(editor.files::saveAs);
        MenuItem clear = menu.getItems().get(menu.getItems().size() - 1);
        assertFalse(clear.isDisable());
        fx(clear::fire);
        assertEquals(List.of(), editor.recent.files());
        assertEquals(List.of(), editor.recentStore.stored());
        assertEquals("(no recent files)", menu.getItems().get(0).getText());
    }

    private List<String> texts() {
        return menu.getItems().stream().map(i -> i.getText() == null ? "" : i.getText()).toList();
    }
}
