package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.file.Editor.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The look at a large file before a save hashes it off the JavaFX thread: the window stays usable,
 * the status bar shows the progress, and nothing is written before the answer.
 */
@ExtendWith(ApplicationExtension.class)
class LargeFileSaveCheckTest {

    @TempDir
    Path dir;

    /** Background hashes the test runs when it chooses (every file counts as large). */
    private final BlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
    private Editor editor;
    private Path file;
    private Design ours;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"), null, "tester",
                new DiskCheck(s -> editor.status.add(s), 0, held::add));
    }

    /** Opens a design titled "Ours", then makes an unsaved change "Mine" (the look at opening is let through). */
    private void openOursAndEdit() throws Exception {
        file = dir.resolve("large.modesign");
        ours = editor.openSaved(FileController.untitledDesign().withTitle("Ours"), file);
        fx(() -> editor.rename("Mine"));
    }

    /** Starts a save on the JavaFX thread and waits until its look at the file is held. */
    private Future<Boolean> saveUntilTheHashIsHeld() throws Exception {
        Future<Boolean> saving = WaitForAsyncUtils.asyncFx(editor.files::save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !held.isEmpty());
        return saving;
    }

    /** Runs the held hashes (the look before the save, the fingerprint after it) until the save ends. */
    private boolean finish(Future<Boolean> saving) throws Exception {
        while (!saving.isDone()) {
            Runnable hash = held.poll(100, TimeUnit.MILLISECONDS);
            if (hash != null) {
                hash.run();
            }
        }
        return saving.get();
    }

    private String titleOnDisk() {
        return new DesignReader().read(file).design().title();
    }

    @Test
    void theSaveWaitsForTheHashWhileTheWindowStaysUsable() throws Exception {
        openOursAndEdit();
        Future<Boolean> saving = saveUntilTheHashIsHeld();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> editor.status.contains("Checking large.modesign for changes on disk… 0%"));
        assertFalse(editor.context.actions().isEnabled(EditorAction.SAVE), "no second save meanwhile");
        assertFalse(editor.context.actions().isEnabled(EditorAction.OPEN));
        fx(() -> editor.rename("Mine, edited while checking")); // the JavaFX thread still answers
        assertEquals("Ours", titleOnDisk(), "nothing written before the answer");
        assertFalse(saving.isDone());

        assertTrue(finish(saving));
        assertEquals("Mine, edited while checking", titleOnDisk());
        assertFalse(editor.dirty());
        assertTrue(editor.context.actions().isEnabled(EditorAction.SAVE));
        assertEquals(List.of(), editor.shared.diskQuestions);
        assertTrue(editor.status.contains("Saved large.modesign"), editor.status::toString);
    }

    @Test
    void saveAsFingerprintsTheNewFileInTheBackground() throws Exception {
        openOursAndEdit();
        Path copy = dir.resolve("copy.modesign");
        editor.dialogs.filesToSave.add(java.util.Optional.of(copy));
        Future<Boolean> saving = WaitForAsyncUtils.asyncFx(editor.files::saveAs);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !held.isEmpty());
        assertEquals("Mine", new DesignReader().read(copy).design().title(), "written");
        assertFalse(saving.isDone(), "the new file's fingerprint is taken off the JavaFX thread");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> editor.status.contains(
                        "Checking copy.modesign for changes on disk… 0%")).get());

        assertTrue(finish(saving));
        assertEquals(copy, editor.file());
        assertFalse(editor.dirty());
        assertEquals("Saved copy.modesign", editor.status.get(editor.status.size() - 1),
                "said last, after the look at the file cleared its progress");
    }

    @Test
    void aChangeFoundInTheBackgroundIsAskedAboutBeforeAnythingIsWritten() throws Exception {
        openOursAndEdit();
        new DesignWriter().save(ours.withTitle("Theirs"), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        editor.shared.diskChoices.add(DiskChoice.CANCEL);
        Future<Boolean> saving = saveUntilTheHashIsHeld();
        assertEquals(List.of(), editor.shared.diskQuestions, "asked only once the answer is known");

        assertFalse(finish(saving));
        assertEquals(1, editor.shared.diskQuestions.size());
        assertEquals("Theirs", titleOnDisk(), "their change is still there");
        assertTrue(editor.dirty());
    }
}
