package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.modesign.format.ProblemAssert.assertOnlyProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading from disk: missing files and folders are problems, and the file is never changed. */
class ReaderFileTest {

    private final DesignReader reader = new DesignReader();

    @TempDir
    Path dir;

    @Test
    void readsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("acme.modesign"), Samples.EXAMPLE);
        assertEquals(Samples.exampleDesign(), reader.read(file).design());
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nope.modesign");
        assertOnlyProblem(reader.read(file), "the file \"" + file + "\" does not exist");
    }

    @Test
    void folderIsNotADesign() {
        assertOnlyProblem(reader.read(dir), "\"" + dir + "\" is a folder, not a design file");
    }

    @Test
    void readingNeverChangesTheFile() throws IOException {
        Path good = Files.writeString(dir.resolve("good.modesign"), Samples.EXAMPLE);
        Path bad = Files.writeString(dir.resolve("bad.modesign"), Samples.exampleWith("\"fte\": 1", "\"fte\": 0"));
        FileTime past = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
        for (Path file : new Path[] {good, bad}) {
            Files.setLastModifiedTime(file, past);
            byte[] before = Files.readAllBytes(file);
            reader.read(file);
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(past, Files.getLastModifiedTime(file));
        }
        assertFalse(reader.read(bad).ok());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "reading leaves no other files behind");
        }
    }
}
