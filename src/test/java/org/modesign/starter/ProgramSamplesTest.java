package org.modesign.starter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramSamplesTest {

    @TempDir
    Path dir;

    @Test
    void aBundledSampleInTheProgramsSamplesFolderIsASample() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("modesign/samples"));
        Path other = Files.createDirectories(dir.resolve("work"));
        ProgramSamples samples = new ProgramSamples(List.of(folder, dir.resolve("missing")));
        Path sample = Files.writeString(folder.resolve(BundledSamples.DEFAULT), "{}");
        Path mine = Files.writeString(folder.resolve("mine.modesign"), "{}");
        Path copy = Files.writeString(other.resolve(BundledSamples.DEFAULT), "{}");
        assertTrue(samples.isSample(sample));
        assertTrue(samples.isSample(folder.resolve("../samples/" + BundledSamples.DEFAULT)), "by the real path");
        assertFalse(samples.isSample(mine), "a design of the user's own, though in the samples folder");
        assertFalse(samples.isSample(copy), "a copy elsewhere is the user's");
        assertTrue(samples.isSamplesFolder(folder));
        assertFalse(samples.isSamplesFolder(other));
        assertFalse(samples.isSamplesFolder(dir.resolve("missing")));
    }
}
