package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save removes the temporaries that interrupted saves of the same design left, when older than
 * ten minutes, and nothing else (format.md §1).
 */
class TemporariesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path dir;

    private final Path design = Path.of("acme.modesign");

    private Path file(String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "{ half a design");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    @Test
    void removesOnlyTheOldTemporariesOfTheSameDesign() throws IOException {
        Path target = file("acme.modesign", Duration.ofDays(3));
        file(".acme.modesign.tmp-1f3a9c", Duration.ofMinutes(11));
        file(".acme.modesign.tmp-7fffffffffffffff", Duration.ofDays(40));
        file(".acme.modesign.tmp-0", Duration.ofMinutes(9)); // a save that may still be running
        file(".other.modesign.tmp-1f3a9c", Duration.ofDays(1)); // another design's
        file(".acme.modesign.tmp-notes", Duration.ofDays(1)); // not a name a save makes
        file(".acme.modesign.tmp-1f3a9c.bak", Duration.ofDays(1));
        file("acme.modesign.tmp-1f3a9c", Duration.ofDays(1)); // no leading dot
        file(".acme.modesign.tmp-", Duration.ofDays(1));
        file(".acme.modesign.tmp-abc.modesign", Duration.ofDays(1)); // a design of its own
        file(".acme.modesign.tmp-abc.modesign.tmp-12", Duration.ofDays(1)); // that design's temporary
        file("notes.txt", Duration.ofDays(1));

        assertEquals(2, Temporaries.removeStale(target, NOW));

        assertEquals(List.of(".acme.modesign.tmp-", ".acme.modesign.tmp-0", ".acme.modesign.tmp-1f3a9c.bak",
                ".acme.modesign.tmp-abc.modesign", ".acme.modesign.tmp-abc.modesign.tmp-12",
                ".acme.modesign.tmp-notes", ".other.modesign.tmp-1f3a9c", "acme.modesign",
                "acme.modesign.tmp-1f3a9c", "notes.txt"), DesignWriterLimitsTest.names(dir));
    }

    @Test
    void keepsFoldersAndLinksWithATemporarysName() throws IOException {
        Path folder = Files.createDirectory(dir.resolve(".acme.modesign.tmp-aa"));
        Files.setLastModifiedTime(folder, FileTime.from(NOW.minus(Duration.ofDays(1))));
        Path elsewhere = file("precious.txt", Duration.ofDays(1));
        Files.createSymbolicLink(dir.resolve(".acme.modesign.tmp-bb"), elsewhere);
        assertEquals(0, Temporaries.removeStale(dir.resolve("acme.modesign"), Instant.now().plus(Duration.ofDays(2))));
        assertTrue(Files.isDirectory(folder));
        assertTrue(Files.isSymbolicLink(dir.resolve(".acme.modesign.tmp-bb")));
        assertTrue(Files.exists(elsewhere));
    }

    @Test
    void theBoundaryIsTenMinutes() throws IOException {
        Path old = file(".acme.modesign.tmp-a1", Temporaries.STALE_AFTER.plusSeconds(1));
        Path young = file(".acme.modesign.tmp-a2", Temporaries.STALE_AFTER.minusSeconds(1));
        Temporaries.removeStale(dir.resolve("acme.modesign"), NOW);
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(young));
    }

    @Test
    void aMissingFolderIsNoFailure() {
        assertEquals(0, Temporaries.removeStale(dir.resolve("gone").resolve("acme.modesign"), NOW));
    }

    @Test
    void theNamesASaveMakesAreItsTemporaries() {
        assertTrue(Temporaries.isTemporaryOf(design, Temporaries.name(design, Long.MAX_VALUE)));
        assertTrue(Temporaries.isTemporaryOf(design, Temporaries.name(design, 0)));
        assertFalse(Temporaries.isTemporaryOf(design, Temporaries.name(Path.of("acme2.modesign"), 5)));
    }

    @Test
    void aSaveAfterAKilledSaveLeavesNoTemporary() throws IOException {
        Path target = dir.resolve("acme.modesign");
        new DesignWriter().save(Samples.exampleDesign(), target);
        // What a save killed after creating its temporary leaves, found by the next save 20 minutes on.
        Path killed = dir.resolve(Temporaries.name(target, 0xc0ffeeL));
        Files.writeString(killed, "{ \"format\": \"modesign\", \"ver");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofMinutes(20))));
        Path running = Files.writeString(dir.resolve(Temporaries.name(target, 0xbeefL)), "{");

        new DesignWriter().save(Samples.exampleDesign().withTitle("Again"), target);

        assertEquals(List.of(running.getFileName().toString(), "acme.modesign"), DesignWriterLimitsTest.names(dir));
        assertEquals("Again", new DesignReader().read(target).design().title());
    }
}
