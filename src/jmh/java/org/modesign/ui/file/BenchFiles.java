package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modesign.format.DesignWriter;
import org.modesign.sharedfile.DesignLocks;
import org.modesign.ui.base.EditorContext;

/**
 * The editor's file handling for the benchmarks: recent files in memory, recovery in a folder of
 * the benchmark's, and large designs saved either in the background (as the editor does) or, for
 * comparison, on the JavaFX thread as every save was before.
 */
public final class BenchFiles {

    private BenchFiles() {
    }

    /** A file controller for {@code context}; {@code inBackground} false writes every design on the JavaFX thread. */
    public static FileController controller(EditorContext context, Path recoveryFolder, boolean inBackground) {
        RecentFilesStore memory = new RecentFilesStore() {
            private List<String> paths = new ArrayList<>();

            @Override
            public List<String> load() {
                return new ArrayList<>(paths);
            }

            @Override
            public void store(List<String> newPaths) {
                paths = List.copyOf(newPaths);
            }
        };
        BackgroundSave save = inBackground ? new BackgroundSave(context::showStatus)
                : new BackgroundSave(context::showStatus, Integer.MAX_VALUE, Runnable::run);
        return new FileController(context, new RecentFiles(memory),
                new Autosave(context.document(), new RecoveryStore(recoveryFolder), s -> { }),
                new DesignLoader(context::showStatus), new DesignWriter()::save, DesignLocks.forThisProcess(),
                new FxSharedFileDialogs(null), new DiskCheck(context::showStatus), save);
    }
}
