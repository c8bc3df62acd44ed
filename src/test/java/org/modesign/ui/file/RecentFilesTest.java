package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent-files list: order, capacity, persistence and clearing, without a window. */
class RecentFilesTest {

    @TempDir
    Path dir;

    private final MemoryRecentFilesStore store = new MemoryRecentFilesStore();
    private final RecentFiles recent = new RecentFiles(store);

    @Test
    void mostRecentComesFirstAndAFileAppearsOnce() {
        recent.add(dir.resolve("a.modesign"));
        recent.add(dir.resolve("b.modesign"));
        recent.add(dir.resolve("sub/../a.modesign"));
        assertEquals(List.of(dir.resolve("a.modesign"), dir.resolve("b.modesign")), recent.files());
    }

    @Test
    void keepsTheTenMostRecent() {
        IntStream.rangeClosed(1, 12).forEach(i -> recent.add(dir.resolve(i + ".modesign")));
        List<Path> expected = new ArrayList<>();
        for (int i = 12; i >= 3; i--) {
            expected.add(dir.resolve(i + ".modesign"));
        }
        assertEquals(expected, recent.files());
        assertEquals(10, store.stored().size());
    }

    @Test
    void survivesARestartThroughTheStore() {
        recent.add(dir.resolve("a.modesign"));
        recent.add(dir.resolve("b.modesign"));
        RecentFiles restarted = new RecentFiles(store);
        assertEquals(recent.files(), restarted.files());
    }

    @Test
    void relativePathsAreStoredAbsolute() {
        recent.add(Path.of("plan.modesign"));
        assertEquals(List.of(Path.of("plan.modesign").toAbsolutePath().toString()), store.stored());
    }

    @Test
    void clearForgetsEverythingAlsoInTheStore() {
        recent.add(dir.resolve("a.modesign"));
        recent.clear();
        assertTrue(recent.files().isEmpty());
        assertEquals(List.of(), store.stored());
        assertTrue(new RecentFiles(store).files().isEmpty());
    }

    @Test
    void removeForgetsOneFile() {
        recent.add(dir.resolve("a.modesign"));
        recent.add(dir.resolve("b.modesign"));
        recent.remove(dir.resolve("a.modesign"));
        assertEquals(List.of(dir.resolve("b.modesign")), recent.files());
    }

    @Test
    void damagedAndRepeatedStoredEntriesAreDropped() {
        String a = dir.resolve("a.modesign").toString();
        RecentFiles loaded = new RecentFiles(new MemoryRecentFilesStore(List.of(a, "bad\0path", a)));
        assertEquals(List.of(dir.resolve("a.modesign")), loaded.files());
    }

    @Test
    void preferencesStoreKeepsTheListInItsNode() throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
        try {
            PreferencesRecentFilesStore prefs = new PreferencesRecentFilesStore(node);
            RecentFiles first = new RecentFiles(prefs);
            first.add(dir.resolve("a.modesign"));
            first.add(dir.resolve("b.modesign"));
            assertEquals(first.files(), new RecentFiles(new PreferencesRecentFilesStore(node)).files());
            first.remove(dir.resolve("b.modesign"));
            assertEquals(List.of(dir.resolve("a.modesign").toString()), prefs.load());
        } finally {
            node.removeNode();
        }
    }
}
