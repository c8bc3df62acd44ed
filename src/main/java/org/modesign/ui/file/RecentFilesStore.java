package org.modesign.ui.file;

import java.util.List;

/** Where the recent-files list is kept between runs: paths as text, most recent first. */
public interface RecentFilesStore {

    /** The stored paths, most recent first; empty when nothing was stored. */
    List<String> load();

    /** Replaces the stored paths. */
    void store(List<String> paths);
}
