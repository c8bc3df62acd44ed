package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.modesign.starter.ProgramSamples;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A sample of the program's samples folder opens as an unsaved copy, so Save asks where to keep it
 * and the sample stays as it came; a new design saved as "acme.modesign" is titled "acme".
 */
@ExtendWith(ApplicationExtension.class)
class SampleCopiesTest {

    /** The project's samples folder: the tests run in the project's folder, as the editor may. */
    private static final Path SAMPLE = Path.of("samples", "mops-of-one.modesign");

    @TempDir
    Path dir;

    private Editor editor;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"));
    }

    @Test
    void aProgramSampleOpensAsAnUnsavedCopyAndSaveAsksWhereToKeepIt() throws IOException {
        assertTrue(ProgramSamples.here().isSample(SAMPLE));
        byte[] before = Files.readAllBytes(SAMPLE);
        fx(() -> editor.files.open(SAMPLE));
        assertEquals(new DesignReader().read(SAMPLE).design(), editor.document.design());
        assertNull(editor.file(), "the sample's file is not the document's");
        assertTrue(editor.status.get(editor.status.size() - 1).contains("mops-of-one.modesign"), editor.status.toString());

        fx(() -> editor.rename("Our MOps of one"));
        Path copy = dir.resolve("ours.modesign");
        editor.dialogs.filesToSave.add(Optional.of(copy));
        fx(editor.files::save);
        assertEquals(copy, editor.file(), "Save asked for a file");
        assertTrue(editor.dialogs.filesToSave.isEmpty());
        assertEquals("Our MOps of one", new DesignReader().read(copy).design().title(), "a title given stays");
        assertEquals(new String(before), new String(Files.readAllBytes(SAMPLE)), "the sample is untouched");
    }

    @Test
    void aDesignOutsideTheSamplesFolderOpensAsItself() throws IOException {
        Path file = dir.resolve("mops-of-one.modesign");
        Files.copy(SAMPLE, file);
        fx(() -> editor.files.open(file));
        assertEquals(file, editor.file());
    }

    @Test
    void aNewDesignIsTitledFromTheFileItIsFirstSavedAs() {
        Path file = dir.resolve("acme.modesign");
        editor.dialogs.filesToSave.add(Optional.of(file));
        fx(editor.files::save);
        assertEquals("acme", editor.document.design().title());
        assertEquals("acme", new DesignReader().read(file).design().title());
        assertFalse(editor.dirty());
        fx(editor.document::undo);
        assertEquals(FileController.untitledDesign().title(), editor.document.design().title(),
                "the new title is one undoable step");
    }
}
