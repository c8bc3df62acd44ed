package org.modesign.ui.file;

import java.util.ArrayList;
import java.util.List;

/** Keeps the recent files in memory, counting how often they were stored. */
final class MemoryRecentFilesStore implements RecentFilesStore {

    private List<String> paths;
    int stores;

    MemoryRecentFilesStore(List<String> initial) {
        this.paths = List.copyOf(initial);
    }

    MemoryRecentFilesStore() {
        this(List.of());
    }

    @Override
    public List<String> load() {
        return new ArrayList<>(paths);
    }

    @Override
    public void store(List<String> newPaths) {
        paths = List.copyOf(newPaths);
        stores++;
    }

    List<String> stored() {
        return paths;
    }
}
