package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.modesign.model.Design;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.document.DocumentModel;

/**
 * Writes the open design to the {@link RecoveryStore} a few seconds after the last edit, so that a
 * crash loses at most a few seconds of work: {@link #QUIET} after an edit, and at most
 * {@link #LATEST} after the first edit not yet written, however long the edits go on. The design is
 * taken on the JavaFX thread (it is immutable, so that costs nothing) and written on one background
 * thread; writes that pile up while one is under way become one write of the newest design.
 * Deletions queue behind writes, so a deleted recovery is never written again by a late write.
 * When the JVM ends without a clean exit (a signal, its launcher ending), a last write keeps what
 * changed since the last one. Use from the JavaFX thread.
 */
public final class Autosave {

    /** How long after the last edit the recovery is written. */
    public static final Duration QUIET = Duration.ofSeconds(3);

    /** How long after the first unwritten edit it is written, even while edits go on. */
    public static final Duration LATEST = Duration.ofSeconds(5);

    /** How long a clean exit waits for the last write or deletion to finish. */
    private static final long EXIT_WAIT_SECONDS = 10;

    private record Snapshot(Design design, Path original) {
    }

    private final DocumentModel document;
    private final RecoveryStore store;
    private final ExecutorService io;
    private final Consumer<String> status;
    private final Coalescer coalescer;
    private final AtomicReference<Snapshot> waiting = new AtomicReference<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ChangeListener<Object> edits = (obs, old, now) -> changed();
    private final Thread lastWrite = new Thread(this::writeBeforeExit, "modesign-recovery-on-exit");
    private volatile Design written;
    private volatile boolean stopped;
    private boolean started;
    private boolean hooked;

    /** Autosave of {@code document} into {@code store}; problems are reported to {@code status}. */
    public Autosave(DocumentModel document, RecoveryStore store, Consumer<String> status) {
        this(document, store, status, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "modesign-autosave");
            t.setDaemon(true);
            return t;
        }));
    }

    /** Autosave whose file work runs on {@code io} (one thread, or the caller's in tests). */
    Autosave(DocumentModel document, RecoveryStore store, Consumer<String> status, ExecutorService io) {
        this(document, store, status, io, new FxDelays());
    }

    /** As above, timed by {@code delays} (tests advance a clock of their own). */
    Autosave(DocumentModel document, RecoveryStore store, Consumer<String> status, ExecutorService io,
            Delays delays) {
        this.document = document;
        this.store = store;
        this.status = status;
        this.io = io;
        this.coalescer = new Coalescer(delays, QUIET, LATEST, this::checkpoint);
    }

    public RecoveryStore store() {
        return store;
    }

    /** Starts following the edits. */
    public void start() {
        if (!started) {
            started = true;
            document.designProperty().addListener(edits);
            document.dirtyProperty().addListener(edits);
        }
    }

    /**
     * Writes once more when the JVM ends without a clean exit (a signal, its launcher ending): the
     * editor's own autosave only, since the hook holds the document (and so its window) until the
     * JVM ends.
     */
    public void keepOnExit() {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(lastWrite);
        }
    }

    /**
     * The shutdown hook: writes the design when it has changes not written yet, unless the editor
     * exited cleanly. The design is immutable, so it is read here, off the JavaFX thread.
     */
    void writeBeforeExit() {
        if (stopped) {
            return;
        }
        Design design = document.design();
        if (document.dirtyProperty().get() && design != written) {
            written = design;
            Path original = document.fileProperty().get();
            io.execute(() -> run(() -> store.write(design, original)));
        }
        io.shutdown();
        try {
            io.awaitTermination(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void changed() {
        if (document.dirtyProperty().get() ? document.design() != written : written != null) {
            coalescer.poke();
        }
    }

    /**
     * Writes the design now when it has unsaved changes not written yet; deletes the recovery when
     * the design is back to what its file holds (e.g. after undoing every change).
     */
    public void checkpoint() {
        coalescer.cancel();
        Design design = document.design();
        if (!document.dirtyProperty().get()) {
            if (written != null) {
                discard();
            }
            return;
        }
        if (design == written) {
            return;
        }
        written = design;
        waiting.set(new Snapshot(design, document.fileProperty().get()));
        if (queued.compareAndSet(false, true)) {
            io.execute(this::writeWaiting);
        }
    }

    /** Deletes this session's recovery: the changes were saved or discarded. */
    public void discard() {
        coalescer.cancel();
        written = null;
        waiting.set(null);
        io.execute(() -> run(store::delete));
    }

    /** Deletes a recovery another session left, once every write queued before has finished. */
    public void deleteLeftover(Recovery leftover) {
        io.execute(() -> run(() -> store.delete(leftover)));
    }

    /** A clean exit: stops following the edits, deletes this session's recovery and waits for the file work to end. */
    public void stop() {
        document.designProperty().removeListener(edits);
        document.dirtyProperty().removeListener(edits);
        stopped = true;
        if (hooked) {
            hooked = false;
            try {
                Runtime.getRuntime().removeShutdownHook(lastWrite);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // Already shutting down: the hook sees that the exit was clean.
            }
        }
        started = false;
        discard();
        io.execute(() -> run(store::close));
        io.shutdown();
        try {
            io.awaitTermination(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the background thread: writes the newest design waiting, if any. */
    private void writeWaiting() {
        queued.set(false);
        Snapshot snapshot = waiting.getAndSet(null);
        if (snapshot != null) {
            run(() -> store.write(snapshot.design(), snapshot.original()));
        }
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void run(FileWork work) {
        try {
            work.run();
        } catch (IOException | RuntimeException e) {
            String message = I18n.tr("recovery.writeFailed", Sentences.reason(e));
            Platform.runLater(() -> status.accept(message));
        }
    }
}
