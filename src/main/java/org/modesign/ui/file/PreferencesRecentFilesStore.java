package org.modesign.ui.file;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Keeps the recent files in the user's {@link Preferences}, one key per entry
 * ({@code recent.0}, {@code recent.1}, ...) so that no entry meets the length limit of a value.
 */
public final class PreferencesRecentFilesStore implements RecentFilesStore {

    private static final String KEY = "recent.";

    private final Preferences node;

    public PreferencesRecentFilesStore(Preferences node) {
        this.node = node;
    }

    /** The store of the current user, in the preferences node {@code org/modesign}. */
    public static PreferencesRecentFilesStore forUser() {
        return new PreferencesRecentFilesStore(Preferences.userRoot().node("org/modesign"));
    }

    @Override
    public List<String> load() {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < RecentFiles.CAPACITY; i++) {
            String path = node.get(KEY + i, null);
            if (path == null) {
                break;
            }
            paths.add(path);
        }
        return paths;
    }

    @Override
    public void store(List<String> paths) {
        for (int i = 0; i < RecentFiles.CAPACITY; i++) {
            if (i < paths.size() && paths.get(i).length() <= Preferences.MAX_VALUE_LENGTH) {
                node.put(KEY + i, paths.get(i));
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The preferences keep the list in memory and write it later; losing it is harmless.
        }
    }
}
