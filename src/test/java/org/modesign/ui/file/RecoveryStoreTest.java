package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.starter.NewDesigns;
import org.modesign.model.Design;

/** Recovery files on disk: per session, readable as designs, found only when their session is gone. */
class RecoveryStoreTest {

    @TempDir
    Path dir;

    private final Design design = NewDesigns.standard("Plan “Ω” = 1", "Phase 1", "Scenario 1");

    @Test
    void aRunningSessionsRecoveryIsNotLeftOver() throws IOException {
        RecoveryStore running = new RecoveryStore(dir);
        running.write(design, dir.resolve("plan.modesign"));
        assertEquals(List.of(), new RecoveryStore(dir).leftovers());
        assertEquals(List.of(), running.leftovers(), "a session never offers its own recovery");
        running.close();
    }

    @Test
    void aCrashedSessionLeavesAReadableDesignWithItsFileAndTitle() throws IOException {
        RecoveryStore crashed = new RecoveryStore(dir);
        crashed.write(design, dir.resolve("plan.modesign"));
        crashed.close();

        List<Recovery> leftovers = new RecoveryStore(dir).leftovers();
        assertEquals(1, leftovers.size());
        Recovery leftover = leftovers.get(0);
        assertEquals(dir.resolve("plan.modesign"), leftover.originalFile());
        assertEquals(design.title(), leftover.title());
        assertEquals(design, new DesignReader().read(leftover.design()).design());
    }

    @Test
    void aNeverSavedDesignHasNoOriginalFile() throws IOException {
        RecoveryStore crashed = new RecoveryStore(dir);
        crashed.write(design, null);
        crashed.close();
        assertNull(new RecoveryStore(dir).leftovers().get(0).originalFile());
    }

    @Test
    void deleteRemovesTheSessionsFilesAndACleanExitLeavesNothing() throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(design, null);
        assertTrue(Files.exists(store.designFile()));
        store.delete();
        store.close();
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void leftoversComeNewestFirstAndADeletedOneIsGone() throws IOException {
        Recovery older = crash(design.withTitle("Older"), Instant.parse("2026-01-01T10:00:00Z"));
        Recovery newer = crash(design.withTitle("Newer"), Instant.parse("2026-01-02T10:00:00Z"));
        RecoveryStore next = new RecoveryStore(dir);
        assertEquals(List.of("Newer", "Older"), next.leftovers().stream().map(Recovery::title).toList());
        next.delete(newer);
        assertEquals(List.of(older.session()), next.leftovers().stream().map(Recovery::session).toList());
        assertFalse(Files.exists(newer.design()));
    }

    @Test
    void aRecoveryKeptAsideTakesAFreeNameBesideItAndIsNoLongerOffered() throws IOException {
        Recovery first = crash(design.withTitle("One"), Instant.parse("2026-01-01T10:00:00Z"));
        Recovery second = crash(design.withTitle("Two"), Instant.parse("2026-01-02T10:00:00Z"));
        String firstText = Files.readString(first.design());
        RecoveryStore next = new RecoveryStore(dir);
        Path keptFirst = next.keepAside(first, "Plan 2026-01-01");
        Path keptSecond = next.keepAside(second, "Plan 2026-01-01");
        assertEquals(dir.resolve("Plan 2026-01-01.modesign"), keptFirst);
        assertEquals(dir.resolve("Plan 2026-01-01 (2).modesign"), keptSecond, "never over another kept one");
        assertEquals(firstText, Files.readString(keptFirst), "the content is untouched");
        assertEquals(List.of(), next.leftovers());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.Set.of(keptFirst, keptSecond), java.util.Set.copyOf(files.toList()), "description and lock gone");
        }
    }

    @Test
    void aDescriptionWithoutItsDesignIsCleanedUp() throws IOException {
        RecoveryStore crashed = new RecoveryStore(dir);
        crashed.write(design, null);
        Files.delete(crashed.designFile());
        crashed.close();
        assertEquals(List.of(), new RecoveryStore(dir).leftovers());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aMissingFolderHasNoLeftovers() throws IOException {
        assertEquals(List.of(), new RecoveryStore(dir.resolve("none")).leftovers());
    }

    private Recovery crash(Design d, Instant at) throws IOException {
        RecoveryStore store = new RecoveryStore(dir);
        store.write(d, null);
        store.close();
        Files.setLastModifiedTime(store.designFile(), FileTime.from(at));
        return new RecoveryStore(dir).leftovers().stream()
                .filter(r -> r.design().equals(store.designFile())).findFirst().orElseThrow();
    }
}
