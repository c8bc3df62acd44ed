package org.modesign.ui.file;

import java.nio.file.Path;
import org.modesign.ui.base.EditorContext;

/** The file handling of an editor for the UI tests of other packages: recent files in memory, recovery in a test folder. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file controller for {@code context}, keeping its recovery in {@code recoveryFolder}, saying nothing. */
    public static FileController controller(EditorContext context, Path recoveryFolder) {
        return new FileController(context, new RecentFiles(new MemoryRecentFilesStore()),
                new Autosave(context.document(), new RecoveryStore(recoveryFolder), s -> { }));
    }
}
