package org.modesign.sharedfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor tells a colleague's change from a touch, a deletion and nothing at all. */
class DiskStateTest {

    @TempDir
    Path dir;

    private Path design(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("plan.modesign"), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        return file;
    }

    @Test
    void anUntouchedFileIsUnchanged() throws IOException {
        DiskState state = DiskState.of(design("{\"title\": \"A\"}"));
        assertEquals(DiskChange.UNCHANGED, state.check(false));
        assertEquals(DiskChange.UNCHANGED, state.check(true));
    }

    @Test
    void otherContentIsAChangeEvenWithTheSameSizeAndTime() throws IOException {
        Path file = design("{\"title\": \"A\"}");
        DiskState state = DiskState.of(file);
        design("{\"title\": \"B\"}");
        assertEquals(DiskChange.UNCHANGED, state.check(false), "the quick check trusts size and time");
        assertEquals(DiskChange.CHANGED, state.check(true), "the check before a save reads the content");
    }

    @Test
    void otherContentWithANewTimeIsAChange() throws IOException {
        Path file = design("{\"title\": \"A\"}");
        DiskState state = DiskState.of(file);
        Files.writeString(file, "{\"title\": \"A colleague's\"}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T11:00:00Z")));
        assertEquals(DiskChange.CHANGED, state.check(false));
    }

    @Test
    void theSameContentWithANewTimeIsNoChange() throws IOException {
        Path file = design("{\"title\": \"A\"}");
        DiskState state = DiskState.of(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T10:00:00Z")));
        assertEquals(DiskChange.UNCHANGED, state.check(false));
        assertEquals(Instant.parse("2026-01-02T10:00:00Z"), state.known().modified(), "the new time is remembered");
    }

    @Test
    void aThoroughCheckTellsHowFarItHasReadTheContent() throws IOException {
        String content = "{\"title\": \"" + "A".repeat(200_000) + "\"}";
        DiskState state = DiskState.of(design(content));
        java.util.List<Long> read = new java.util.ArrayList<>();
        assertEquals(DiskChange.UNCHANGED, state.check(true, read::add));
        assertEquals(Files.size(state.file()), read.get(read.size() - 1), "all of it, in the end");
        assertEquals(read.stream().sorted().toList(), read, "never backwards");
        org.junit.jupiter.api.Assertions.assertTrue(read.size() > 1, "in blocks, not only at the end: " + read);
    }

    @Test
    void aDeletedOrMovedFileIsMissing() throws IOException {
        Path file = design("{}");
        DiskState state = DiskState.of(file);
        Files.move(file, dir.resolve("elsewhere.modesign"));
        assertEquals(DiskChange.MISSING, state.check(false));
        assertEquals(DiskChange.MISSING, state.check(true));
    }

    @Test
    void rememberingTheNewContentEndsTheChange() throws IOException {
        Path file = design("{\"title\": \"A\"}");
        DiskState state = DiskState.of(file);
        Files.writeString(file, "{\"title\": \"Theirs\"}");
        assertEquals(DiskChange.CHANGED, state.check(true));
        state.remember(FileFingerprint.take(file).orElseThrow());
        assertEquals(DiskChange.UNCHANGED, state.check(true));
    }

    @Test
    void aFileThatAppearsWhereNoneWasIsAChange() throws IOException {
        Path file = dir.resolve("new.modesign");
        DiskState state = DiskState.of(file);
        assertEquals(DiskChange.UNCHANGED, state.check(true));
        Files.writeString(file, "{}");
        assertEquals(DiskChange.CHANGED, state.check(false));
    }

    @Test
    void theFingerprintHoldsSizeAndAContentHash() throws IOException {
        FileFingerprint print = FileFingerprint.take(design("abc")).orElseThrow();
        assertEquals(3, print.size());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", print.sha256());
    }
}
