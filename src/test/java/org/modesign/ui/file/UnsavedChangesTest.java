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
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.ui.base.DialogService.SaveChoice;
import org.modesign.ui.action.EditorAction;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The save prompt before New, Open, Open Recent and closing, with each answer. */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesTest {

    @TempDir
    Path dir;

    private Editor editor;
    private Path saved;
    private Path other;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"));
        saved = dir.resolve("saved.modesign");
        other = dir.resolve("other.modesign");
        editor.dialogs.filesToSave.add(Optional.of(other));
        editor.rename("Other");
        editor.files.save();
        editor.dialogs.filesToSave.add(Optional.of(saved));
        editor.rename("Saved");
        editor.files.saveAs();
        editor.rename("Edited");
        editor.dialogs.suggestedNames.clear();
    }

    @Test
    void aCleanDocumentIsNeverAskedAbout() {
        fx(editor.files::save);
        fx(editor.files::newDesign);
        assertTrue(editor.files.confirmClose());
        assertEquals(List.of(), editor.dialogs.askedToSave);
    }

    @Test
    void newWithCancelKeepsTheEdits() {
        Design edited = editor.document.design();
        answer(SaveChoice.CANCEL);
        fx(() -> editor.context.actions().run(EditorAction.NEW));
        assertEquals(List.of("Edited"), editor.dialogs.askedToSave);
        assertEquals(edited, editor.document.design());
        assertTrue(editor.dirty());
    }

    @Test
    void newWithDiscardDropsTheEditsAndKeepsTheFile() {
        answer(SaveChoice.DISCARD);
        fx(editor.files::newDesign);
        assertEquals(FileController.untitledDesign(), editor.document.design());
        assertEquals(null, editor.file());
        assertFalse(editor.dirty());
        assertEquals("Saved", read(saved).title());
    }

    @Test
    void newWithSaveSavesToTheFileFirst() {
        answer(SaveChoice.SAVE);
        fx(editor.files::newDesign);
        assertEquals("Edited", read(saved).title());
        assertEquals(FileController.untitledDesign(), editor.document.design());
    }

    @Test
    void newWithSaveOfAnUntitledDesignStopsWhenTheChooserIsCancelled() {
        answer(SaveChoice.DISCARD);
        fx(editor.files::newDesign);
        fx(() -> editor.rename("Never saved"));
        answer(SaveChoice.SAVE);
        editor.dialogs.filesToSave.add(Optional.empty());
        fx(editor.files::newDesign);
        assertEquals("Never saved", editor.document.design().title());
        assertTrue(editor.dirty());
    }

    @Test
    void openWithCancelDoesNotEvenAskForAFile() {
        answer(SaveChoice.CANCEL);
        fx(() -> editor.context.actions().run(EditorAction.OPEN));
        assertEquals(List.of(), editor.dialogs.openChooserFolders);
        assertEquals("Edited", editor.document.design().title());
    }

    @Test
    void openWithDiscardOpensTheChosenFileFromTheCurrentFolder() {
        answer(SaveChoice.DISCARD);
        editor.dialogs.filesToOpen.add(Optional.of(other));
        fx(editor.files::open);
        assertEquals(List.of(dir), editor.dialogs.openChooserFolders);
        assertEquals("Other", editor.document.design().title());
        assertEquals("Saved", read(saved).title());
    }

    @Test
    void openWithSaveSavesThenOpens() {
        answer(SaveChoice.SAVE);
        editor.dialogs.filesToOpen.add(Optional.of(other));
        fx(editor.files::open);
        assertEquals("Edited", read(saved).title());
        assertEquals(other, editor.file());
    }

    @Test
    void openingARecentFileAsksToo() {
        answer(SaveChoice.CANCEL);
        fx(() -> editor.files.open(other));
        assertEquals(saved, editor.file());
        answer(SaveChoice.DISCARD);
        fx(() -> editor.files.open(other));
        assertEquals(other, editor.file());
        assertEquals(List.of(other, saved), editor.recent.files());
    }

    @Test
    void closeWithEachAnswer() {
        answer(SaveChoice.CANCEL);
        assertFalse(editor.files.confirmClose());
        answer(SaveChoice.DISCARD);
        assertTrue(editor.files.confirmClose());
        assertEquals("Saved", read(saved).title());
        answer(SaveChoice.SAVE);
        assertTrue(editor.files.confirmClose());
        assertEquals("Edited", read(saved).title());
    }

    @Test
    void closeIsRefusedWhenTheSaveFails() throws IOException {
        answer(SaveChoice.DISCARD);
        fx(editor.files::newDesign);
        fx(() -> editor.rename("Never saved"));
        answer(SaveChoice.SAVE);
        editor.dialogs.filesToSave.add(Optional.of(Files.createDirectory(dir.resolve("folder.modesign"))));
        assertFalse(editor.files.confirmClose());
        assertEquals(1, editor.dialogs.errors.size());
    }

    @Test
    void quitRunsOnlyOnceTheChangesAreSettled() {
        int[] quits = {0};
        editor.files.setOnQuit(() -> quits[0]++);
        answer(SaveChoice.CANCEL);
        fx(() -> editor.context.actions().run(EditorAction.QUIT));
        assertEquals(0, quits[0]);
        answer(SaveChoice.DISCARD);
        fx(() -> editor.context.actions().run(EditorAction.QUIT));
        assertEquals(1, quits[0]);
    }

    private void answer(SaveChoice choice) {
        editor.dialogs.saveChoices.add(choice);
    }

    private static Design read(Path file) {
        return new DesignReader().read(file).design();
    }
}
