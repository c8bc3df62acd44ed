package org.modesign.ui.file;

import java.nio.file.Path;
import org.modesign.sharedfile.LockOwner;

/** The questions of working on shared files, behind one interface so that tests can answer them. */
public interface SharedFileDialogs {

    /** How to open a design that another editor has open. */
    enum LockChoice { READ_ONLY, COPY, ANYWAY, CANCEL }

    /** What to do about a design that changed on disk while it has unsaved changes here. */
    enum DiskChoice { RELOAD, KEEP_MINE, COMPARE, MERGE, CANCEL }

    /** {@code owner} has {@code design} open: open it read-only, as a copy, anyway, or not at all. */
    LockChoice askAboutLock(Path design, LockOwner owner);

    /**
     * {@code design} changed on disk since it was read, and is about to be saved: reload it, keep
     * mine (overwrite), compare or merge (offered when {@code compareAndMerge}), or cancel the save.
     */
    DiskChoice askAboutChangedFile(Path design, boolean compareAndMerge);
}
