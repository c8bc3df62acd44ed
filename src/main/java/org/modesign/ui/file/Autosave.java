package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.modesign.model.Design;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.document.DocumentModel;

/**
 * Writes the open design to the {@link RecoveryStore} every {@link #INTERVAL} while it has unsaved
 * changes, so that a crash loses at most that much work. The design is taken on the JavaFX thread
 * (it is immutable) and written on one background thread, where deletions queue behind writes, so
 * a deleted recovery is never written again by a late write. Use from the JavaFX thread.
 */
public final class Autosave {

    /** How often unsaved changes are written for recovery. */
    public static final Duration INTERVAL = Duration.seconds(60);

    /** How long a clean exit waits for the last write or deletion to finish. */
    private static final long EXIT_WAIT_SECONDS = 10;

    private final DocumentModel document;
    private final RecoveryStore store;
    private final ExecutorService io;
    private final Consumer<String> status;
    private final Timeline timer = new Timeline(new KeyFrame(INTERVAL, e -> checkpoint()));
    private final Thread lastWrite = new Thread(this::writeBeforeExit, "modesign-recovery-on-exit");
    private volatile Design written;
    private volatile boolean stopped;

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
        this.document = document;
        this.store = store;
        this.status = status;
        this.io = io;
        timer.setCycleCount(Animation.INDEFINITE);
    }

    public RecoveryStore store() {
        return store;
    }

    /**
     * Starts writing every {@link #INTERVAL}, and once more when the JVM ends without a clean exit
     * (a signal, its launcher ending), so that no change since the last write is lost.
     */
    public void start() {
        timer.play();
        Runtime.getRuntime().addShutdownHook(lastWrite);
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

    /**
     * Writes the design now when it has unsaved changes not written yet; deletes the recovery when
     * the design is back to what its file holds (e.g. after undoing every change).
     */
    public void checkpoint() {
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
        Path original = document.fileProperty().get();
        io.execute(() -> run(() -> store.write(design, original)));
    }

    /** Deletes this session's recovery: the changes were saved or discarded. */
    public void discard() {
        written = null;
        io.execute(() -> run(store::delete));
    }

    /** Deletes a recovery another session left, once every write queued before has finished. */
    public void deleteLeftover(Recovery leftover) {
        io.execute(() -> run(() -> store.delete(leftover)));
    }

    /** A clean exit: stops the timer, deletes this session's recovery and waits for the file work to end. */
    public void stop() {
        stopped = true;
        timer.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(lastWrite);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Already shutting down, or never started: the hook sees that the exit was clean.
        }
        discard();
        io.execute(() -> run(store::close));
        io.shutdown();
        try {
            io.awaitTermination(EXIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
