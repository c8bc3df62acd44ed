package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.modesign.edit.RenameDesign;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;
import org.modesign.sharedfile.DesignLocks;
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

    /** Answers the questions about locks and files changed on disk. */
    final FakeSharedDialogs shared = new FakeSharedDialogs();
    /** The bar that says a file changed on disk. */
    final RecordingNotice notice = new RecordingNotice();
    /** When set, every save fails with it (a full disk, a writer that refuses the design). */
    Exception saveFails;
    /** How saves that do not fail write (the format's writer; a test may hold or watch them). */
    volatile DesignWrite writes = new DesignWriter()::save;

    private static final AtomicLong PIDS = new AtomicLong(1000);

    /** Builds it on the JavaFX thread (the autosave has a timer); file reads happen at once. */
    Editor(Path recoveryFolder) {
        this(recoveryFolder, null);
    }

    /** As above, with {@code loader} reading the files ({@code null}: the editor's own). */
    Editor(Path recoveryFolder, DesignLoader loader) {
        this(recoveryFolder, loader, "tester");
    }

    /**
     * As above, locking designs as {@code user} in a process of its own (every editor's process
     * counts as running, so two editors in one test see each other's locks).
     */
    Editor(Path recoveryFolder, DesignLoader loader, String user) {
        this(recoveryFolder, loader, user, null);
    }

    /** As above, with {@code diskCheck} looking at the open file before saves ({@code null}: the editor's own). */
    Editor(Path recoveryFolder, DesignLoader loader, String user, DiskCheck diskCheck) {
        this(recoveryFolder, loader, user, diskCheck, null);
    }

    /** As above, with {@code backgroundSave} writing large designs ({@code null}: the editor's own). */
    Editor(Path recoveryFolder, DesignLoader loader, String user, DiskCheck diskCheck,
            BackgroundSave backgroundSave) {
        context.setStatusMessages(status::add);
        recovery = new RecoveryStore(recoveryFolder);
        autosave = new Autosave(document, recovery, context::showStatus, new DirectExecutorService(), delays);
        DesignWrite write = (design, file) -> {
            if (saveFails instanceof IOException io) {
                throw io;
            }
            if (saveFails instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            writes.save(design, file);
        };
        locks = new DesignLocks(user, "testhost", PIDS.incrementAndGet(), Clock.systemUTC(), pid -> true);
        files = new FileController(context, recent, autosave,
                loader == null ? new DesignLoader(context::showStatus) : loader, write, locks, shared,
                diskCheck == null ? new DiskCheck(context::showStatus) : diskCheck,
                backgroundSave == null ? new BackgroundSave(context::showStatus) : backgroundSave);
        files.setChangeNotice(notice);
    }

    /** How this editor locks designs. */
    final DesignLocks locks;

    /** Runs {@code action} on the JavaFX thread and waits for it (failures are thrown here). */
    static void fx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    /** Saves {@code design} as {@code file} and opens it here (as File ▸ Open does); returns it. */
    Design openSaved(Design design, Path file) throws IOException {
        new DesignWriter().save(design, file);
        dialogs.filesToOpen.add(java.util.Optional.of(file));
        fx(files::open);
        return design;
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
