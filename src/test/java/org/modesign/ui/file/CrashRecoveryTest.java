package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After a crash, the next start offers the unsaved changes and restores them into their file. */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest {

    @TempDir
    Path dir;

    private Path folder;
    private Path original;
    private Design lost;

    /** A session that saved a file, changed it, wrote its recovery and then crashed. */
    @Start
    void start(Stage stage) throws IOException {
        folder = dir.resolve("recovery");
        original = dir.resolve("plan.modesign");
        Editor crashed = new Editor(folder);
        crashed.rename("Plan");
        crashed.dialogs.filesToSave.add(Optional.of(original));
        crashed.files.save();
        crashed.rename("Plan with unsaved changes");
        crashed.autosave.checkpoint();
        crashed.recovery.close();
        lost = crashed.document.design();
    }

    @Test
    void restoredChangesAreUnsavedAndSaveWritesThemToTheOriginalFile() throws IOException {
        Editor next = new Editor(folder);
        next.dialogs.confirmations.add(true);
        fx(() -> assertTrue(next.files.offerRecovery()));

        String question = next.dialogs.questions.get(0).text();
        assertTrue(question.contains("“Plan with unsaved changes”"), question);
        assertEquals(lost, next.document.design());
        assertEquals(original, next.file());
        assertTrue(next.dirty());
        assertEquals("Plan", new DesignReader().read(original).design().title(), "the file is untouched");
        assertEquals(List.of(next.recovery.designFile()), recoveryDesigns(), "the restored changes are kept again");

        fx(next.files::save);
        assertEquals(lost, new DesignReader().read(original).design());
        assertFalse(next.dirty());
        assertEquals(List.of(), recoveryDesigns());
    }

    @Test
    void undoAfterRestoringGoesBackToTheFile() {
        Editor next = new Editor(folder);
        next.dialogs.confirmations.add(true);
        fx(next.files::offerRecovery);
        fx(next.document::undo);
        assertEquals("Plan", next.document.design().title());
        assertFalse(next.dirty());
    }

    @Test
    void declinedChangesAreDeletedAndNotOfferedAgain() throws IOException {
        Editor next = new Editor(folder);
        next.dialogs.confirmations.add(false);
        fx(() -> assertFalse(next.files.offerRecovery()));
        assertEquals(FileController.untitledDesign(), next.document.design());
        assertNull(next.file());
        assertEquals(List.of(), recoveryDesigns());
        fx(() -> assertFalse(next.files.offerRecovery()));
        assertEquals(1, next.dialogs.questions.size());
    }

    @Test
    void aSessionStillRunningIsNotOffered() {
        Editor running = new Editor(folder);
        running.dialogs.confirmations.add(false);
        fx(running.files::offerRecovery);
        fx(() -> running.rename("Running"));
        fx(running.autosave::checkpoint);

        Editor second = new Editor(folder);
        fx(() -> assertFalse(second.files.offerRecovery()));
        assertEquals(List.of(), second.dialogs.questions);
    }

    @Test
    void aDamagedRecoveryShowsItsProblemsAndIsKeptAsideUnderADatedName() throws IOException {
        Path damaged = recoveryDesigns().get(0);
        Files.writeString(damaged, "{ not json");
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm")
                .withZone(java.time.ZoneId.systemDefault()).format(Files.getLastModifiedTime(damaged).toInstant());
        Editor next = new Editor(folder);
        next.dialogs.confirmations.add(true);
        fx(next.files::offerRecovery);
        assertEquals(FileController.untitledDesign(), next.document.design(), "nothing restored");

        Path kept = folder.resolve("Plan with unsaved changes (unreadable recovery, " + stamp + ").modesign");
        assertEquals(List.of(kept), recoveryDesigns(), "the work is never deleted");
        assertEquals("{ not json", Files.readString(kept), "kept unchanged");
        assertEquals(1, next.dialogs.problems.size());
        assertEquals(kept, next.dialogs.problems.get(0).file(), "the problems name where it is now");
        assertEquals("The unsaved changes could not be read back, so nothing was restored. They are kept, unchanged, in "
                + kept.toAbsolutePath() + ".", next.status.get(next.status.size() - 1));

        Editor after = new Editor(folder);
        fx(() -> assertFalse(after.files.offerRecovery()));
        assertEquals(List.of(), after.dialogs.questions, "not offered again");
        assertTrue(Files.exists(kept));
    }

    private List<Path> recoveryDesigns() throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".modesign")).toList();
        }
    }
}
