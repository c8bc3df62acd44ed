package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.file.Editor.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.ui.base.DialogService.SaveChoice;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Unsaved changes are written for recovery only while they exist, and deleted once they are gone. */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {

    @TempDir
    Path dir;

    private Editor editor;
    private Path recoveryFile;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"));
        recoveryFile = editor.recovery.designFile();
    }

    @Test
    void aCleanDocumentWritesNothing() {
        fx(editor.autosave::checkpoint);
        assertFalse(Files.exists(dir.resolve("recovery")));
    }

    @Test
    void unsavedChangesAreWrittenAsAReadableDesign() {
        fx(() -> editor.rename("Work in progress"));
        fx(editor.autosave::checkpoint);
        assertEquals(editor.document.design(), new DesignReader().read(recoveryFile).design());
        fx(() -> editor.rename("More work"));
        fx(editor.autosave::checkpoint);
        assertEquals("More work", new DesignReader().read(recoveryFile).design().title());
    }

    @Test
    void aSaveDeletesTheRecovery() {
        fx(() -> editor.rename("Work in progress"));
        fx(editor.autosave::checkpoint);
        editor.dialogs.filesToSave.add(Optional.of(dir.resolve("plan.modesign")));
        fx(editor.files::save);
        assertFalse(Files.exists(recoveryFile));
        fx(editor.autosave::checkpoint);
        assertFalse(Files.exists(recoveryFile), "a saved design is not written again");
    }

    @Test
    void discardingTheChangesDeletesTheRecovery() {
        fx(() -> editor.rename("Work in progress"));
        fx(editor.autosave::checkpoint);
        editor.dialogs.saveChoices.add(SaveChoice.DISCARD);
        fx(editor.files::newDesign);
        assertFalse(Files.exists(recoveryFile));
    }

    @Test
    void undoingEveryChangeDeletesTheRecovery() {
        fx(() -> editor.rename("Work in progress"));
        fx(editor.autosave::checkpoint);
        fx(editor.document::undo);
        fx(editor.autosave::checkpoint);
        assertFalse(Files.exists(recoveryFile));
    }

    @Test
    void aCleanExitLeavesNoRecoveryBehind() throws IOException {
        fx(() -> editor.rename("Work in progress"));
        fx(editor.autosave::checkpoint);
        editor.dialogs.saveChoices.add(SaveChoice.DISCARD);
        assertTrue(editor.files.confirmClose());
        fx(editor.autosave::stop);
        try (var files = Files.list(dir.resolve("recovery"))) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void anEditIsWrittenForRecoveryAFewSecondsLaterOnItsOwn() {
        fx(editor.autosave::start);
        fx(() -> editor.rename("Work in progress"));
        fx(() -> editor.delays.advance(Autosave.QUIET.minusMillis(1)));
        assertFalse(Files.exists(recoveryFile), "not before the edits have been quiet for a while");
        fx(() -> editor.delays.advance(Duration.ofMillis(1)));
        assertEquals("Work in progress", new DesignReader().read(recoveryFile).design().title());
    }

    @Test
    void editsThatGoOnAreWrittenAtTheLatestAfterTheFirst() {
        fx(editor.autosave::start);
        for (int second = 1; second <= 5; second++) {
            String title = "Draft " + second;
            fx(() -> editor.rename(title));
            fx(() -> editor.delays.advance(Duration.ofSeconds(1)));
        }
        assertEquals("Draft 5", new DesignReader().read(recoveryFile).design().title(),
                "written within " + Autosave.LATEST + " though the edits never paused");
    }

    @Test
    void undoingBackToTheFileDeletesTheRecoveryOnItsOwn() {
        fx(editor.autosave::start);
        fx(() -> editor.rename("Work in progress"));
        fx(() -> editor.delays.advance(Autosave.QUIET));
        assertTrue(Files.exists(recoveryFile));
        fx(editor.document::undo);
        fx(() -> editor.delays.advance(Autosave.QUIET));
        assertFalse(Files.exists(recoveryFile));
    }

    @Test
    void anExitWithoutQuitWritesTheChangesNotWrittenYet() {
        fx(() -> editor.rename("Written"));
        fx(editor.autosave::checkpoint);
        fx(() -> editor.rename("Not written yet"));
        editor.autosave.writeBeforeExit();
        assertEquals("Not written yet", new DesignReader().read(recoveryFile).design().title(),
                "a signal keeps the last change, not only the last minute's");
    }

    @Test
    void anExitAfterAQuitWritesNothing() {
        fx(() -> editor.rename("Work in progress"));
        editor.dialogs.saveChoices.add(SaveChoice.DISCARD);
        assertTrue(editor.files.confirmClose());
        fx(editor.autosave::stop);
        editor.autosave.writeBeforeExit();
        assertFalse(Files.exists(recoveryFile), "the user chose to discard the changes");
    }
}
