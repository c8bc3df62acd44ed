package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.file.Editor.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A save the writer refuses (a design beyond the reader's limits, a full disk): the work stays
 * unsaved and in its recovery copy, and the user is told why in a sentence.
 */
@ExtendWith(ApplicationExtension.class)
class FailedSaveTest {

    @TempDir
    Path dir;

    private Editor editor;
    private Path file;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"));
        file = dir.resolve("plan.modesign");
    }

    @Test
    void aRefusedSaveKeepsTheDocumentDirtyAndWritesItsRecoveryCopy() throws IOException {
        editor.dialogs.filesToSave.add(Optional.of(file));
        fx(editor.files::save);
        fx(() -> editor.rename("Large import"));
        editor.saveFails = new IOException("could not save \u201Cplan.modesign\u201D: the design would be "
                + "300 MiB, more than the limit of 256 MiB");
        assertFalse(editor.files.save());

        assertTrue(editor.dirty());
        assertEquals("MOdesign — Large import •", editor.files.titleBinding().get());
        String message = editor.dialogs.errors.get(0).text();
        assertEquals("Could not save \u201Cplan.modesign\u201D: the design would be 300 MiB, more than the limit of "
                + "256 MiB. Your changes are kept: the design stays unsaved, and a copy is kept for recovery.", message);
        Path recovery = editor.recovery.designFile();
        assertTrue(Files.exists(recovery), "kept for recovery at once, not a few seconds later");
        assertEquals("Large import", new DesignReader().read(recovery).design().title());
        assertEquals("plan", new DesignReader().read(file).design().title(),
                "the file keeps what it held: the new design as first saved, titled from its file's name");
    }

    @Test
    void anUncheckedRefusalIsToldTheSameWayWithoutAStackTrace() {
        fx(() -> editor.rename("Plan"));
        editor.dialogs.filesToSave.add(Optional.of(file));
        editor.saveFails = new IllegalStateException("the design has more than 200,000 nodes");
        assertFalse(editor.files.save());
        assertTrue(editor.dirty());
        String message = editor.dialogs.errors.get(0).text();
        assertTrue(message.startsWith("The design has more than 200,000 nodes. Your changes are kept"), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
        assertTrue(Files.exists(editor.recovery.designFile()));
        assertFalse(Files.exists(file));
    }

    @Test
    void theNextSaveThatWorksDeletesTheRecoveryCopy() {
        fx(() -> editor.rename("Plan"));
        editor.dialogs.filesToSave.add(Optional.of(file));
        editor.saveFails = new IOException("the disk is full");
        fx(editor.files::save);
        editor.saveFails = null;
        editor.dialogs.filesToSave.add(Optional.of(file));
        fx(editor.files::save);
        assertFalse(editor.dirty());
        assertFalse(Files.exists(editor.recovery.designFile()));
    }
}
