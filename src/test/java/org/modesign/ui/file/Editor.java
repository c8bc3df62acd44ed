package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modesign.edit.RenameDesign;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.testfx.util.WaitForAsyncUtils;

/** An editor without a window for the file tests: document, scripted dialogs, recent files, autosave. */
final class Editor {

    final FakeDialogs dialogs = new FakeDialogs();
    final DocumentModel document = new DocumentModel(FileController.untitledDesign(), null);
    final EditorContext context = new EditorContext(document, dialogs);
    final MemoryRecentFilesStore recentStore = new MemoryRecentFilesStore();
    final RecentFiles recent = new RecentFiles(recentStore);
    final RecoveryStore recovery;
    final Autosave autosave;
    final FileController files;
    final List<String> status = new ArrayList<>();
    /** The autosave's clock: tests move it on instead of waiting. */
    final ManualDelays delays = new ManualDelays();

    /** Builds it on the JavaFX thread (the autosave has a timer); file reads happen at once. */
    Editor(Path recoveryFolder) {
        this(recoveryFolder, null);
    }

    /** As above, with {@code loader} reading the files ({@code null}: the editor's own). */
    Editor(Path recoveryFolder, DesignLoader loader) {
        context.setStatusMessages(status::add);
        recovery = new RecoveryStore(recoveryFolder);
        autosave = new Autosave(document, recovery, context::showStatus, new DirectExecutorService(), delays);
        files = loader == null ? new FileController(context, recent, autosave)
                : new FileController(context, recent, autosave, loader);
    }

    /** Runs {@code action} on the JavaFX thread and waits for it (failures are thrown here). */
    static void fx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    /** Makes an unsaved change. */
    void rename(String title) {
        if (!context.edit(new RenameDesign(title))) {
            throw new AssertionError("rename refused");
        }
    }

    boolean dirty() {
        return document.dirtyProperty().get();
    }

    Path file() {
        return document.fileProperty().get();
    }
}
