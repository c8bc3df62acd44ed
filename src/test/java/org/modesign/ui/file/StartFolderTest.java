package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.starter.ProgramSamples;

/** File dialogs start in the folder given, never in the program's samples folder. */
class StartFolderTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesFolderGivesWayToTheDocumentsFolder() throws IOException {
        Path program = Files.createDirectories(dir.resolve("program/samples"));
        Path home = Files.createDirectories(dir.resolve("home"));
        ProgramSamples samples = new ProgramSamples(List.of(program));
        assertEquals(home, StartFolder.of(program, samples, home), "no Documents folder: home");
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertEquals(documents, StartFolder.of(program, samples, home));
        assertEquals(documents, StartFolder.of(null, samples, home));
        assertEquals(documents, StartFolder.of(dir.resolve("gone"), samples, home));
        Path own = Files.createDirectories(dir.resolve("work"));
        assertEquals(own, StartFolder.of(own, samples, home), "the design's own folder");
    }
}
