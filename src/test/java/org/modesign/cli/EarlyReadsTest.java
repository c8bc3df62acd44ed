package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.LoadResult;

class EarlyReadsTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        EarlyReads.clear();
    }

    @Test
    void aFileReadEarlyIsTheFileAskedFor() {
        Path sample = Path.of("samples/mops-of-one.modesign");
        EarlyReads.start(new String[] {"validate", "--scenario", "s1", sample.toString()});
        LoadResult early = EarlyReads.read(sample.toAbsolutePath());
        assertTrue(early.ok());
        assertEquals("Brightpath Software: a MOps of one", early.design().title());
    }

    @Test
    void aChangedFileAskedForAgainIsReadAgain() throws IOException {
        Path copy = dir.resolve("d.modesign");
        Files.copy(Path.of("samples/mops-of-one.modesign"), copy);
        EarlyReads.start(new String[] {"metrics", copy.toString()});
        assertTrue(EarlyReads.read(copy).ok());
        Files.writeString(copy, "{");
        assertFalse(EarlyReads.read(copy).ok(), "the early read is used once, then the file is read anew");
    }

    @Test
    void optionValuesAndOtherCommandsAreNotRead() throws IOException {
        Path broken = dir.resolve("phase");
        Files.writeString(broken, "{");
        EarlyReads.start(new String[] {"generate", broken.toString()});
        EarlyReads.start(new String[] {"validate", "--phase", broken.toString(), "missing.modesign"});
        Files.copy(Path.of("samples/mops-of-one.modesign"), broken, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(EarlyReads.read(broken).ok(), "read now, not early while it was broken");
    }
}
