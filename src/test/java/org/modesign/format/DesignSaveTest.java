package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.model.Design;

/** Saving replaces the file atomically, leaves nothing behind, and never damages the old file. */
class DesignSaveTest {

    private final DesignWriter writer = new DesignWriter();

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void savesANewFileAsUtf8CanonicalText() throws IOException {
        Path file = dir.resolve("acme.modesign");
        Design design = Samples.exampleDesign().withTitle("Société 社長");
        writer.save(design, file);
        assertEquals(writer.toJson(design), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of("acme.modesign"), names());
    }

    @Test
    void replacesTheOldContentAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("acme.modesign"), "old content that is longer than nothing");
        writer.save(Samples.exampleDesign(), file);
        assertEquals(DesignWriterTest.CANONICAL_EXAMPLE, Files.readString(file));
        assertEquals(List.of("acme.modesign"), names());
    }

    @Test
    void keepsTheFilePermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("acme.modesign"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        writer.save(Samples.exampleDesign(), file);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void savingOverAFolderFailsAndKeepsIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("design.modesign"));
        Files.writeString(folder.resolve("inside.txt"), "keep me");
        IOException e = assertThrows(IOException.class, () -> writer.save(Samples.exampleDesign(), folder));
        assertEquals("could not save \"" + folder + "\": it is a folder", e.getMessage());
        assertEquals("keep me", Files.readString(folder.resolve("inside.txt")));
        assertEquals(List.of("design.modesign"), names());
    }

    @Test
    void savingIntoAMissingFolderFailsCleanly() {
        Path file = dir.resolve("no-such-folder").resolve("acme.modesign");
        IOException e = assertThrows(IOException.class, () -> writer.save(Samples.exampleDesign(), file));
        assertTrue(e.getMessage().startsWith("could not save \"" + file + "\": "), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void savingWhereTheFolderIsAFileFailsAndKeepsThatFile() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "keep me");
        Path file = notAFolder.resolve("acme.modesign");
        IOException e = assertThrows(IOException.class, () -> writer.save(Samples.exampleDesign(), file));
        assertTrue(e.getMessage().startsWith("could not save \"" + file + "\": "), e.getMessage());
        assertEquals("keep me", Files.readString(notAFolder));
        assertEquals(List.of("plain.txt"), names());
    }

    @Test
    void savedFileReadsBack() throws IOException {
        Path file = dir.resolve("acme.modesign");
        writer.save(Samples.exampleDesign(), file);
        assertEquals(Samples.exampleDesign(), new DesignReader().read(file).design());
    }
}
