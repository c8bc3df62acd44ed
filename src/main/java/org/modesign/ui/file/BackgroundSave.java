package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.ui.i18n.I18n;

/**
 * Writes a design for {@link DesignSaver}: a small design at once on the JavaFX thread, a large one
 * (serialised and written atomically) on a background thread while the JavaFX thread waits for the
 * outcome in a nested event loop, so that the window keeps repainting and answering; a write that
 * takes long shows "Saving …" in the status bar. The caller still gets the outcome synchronously:
 * {@link #write} returns once the file is written, or throws what the writer threw.
 *
 * <p>The design written is the immutable one handed in; the user may go on editing meanwhile, and
 * {@link DesignSaver} then records that design, not the one current at the end, as saved (so later
 * edits stay unsaved). {@link #busyProperty()} is true meanwhile: saving and opening wait, and a
 * second write while one runs is refused. Use from the JavaFX thread.
 */
final class BackgroundSave {

    /**
     * Designs with more nodes and lines than this (over all scenarios) are written in the
     * background. A generated role with its line takes about 1 KB of file, so this is about the
     * 1 MB over which {@link DesignLoader} reads in the background, and about 20 to 40 ms of
     * serialising: below that the wait does not show, and a save that is over at once does not
     * flash a status.
     */
    static final int BACKGROUND_THRESHOLD = 2_000;

    /** What the background thread ended with: nothing (written) or what was thrown. */
    private record Outcome(Throwable failure) {
    }

    private final Consumer<String> status;
    private final int threshold;
    private final NestedWait wait;

    /** Writes designs over {@link #BACKGROUND_THRESHOLD} nodes on a new daemon thread. */
    BackgroundSave(Consumer<String> status) {
        this(status, BACKGROUND_THRESHOLD, new NestedWait("modesign-save"));
    }

    /** Writes designs over {@code threshold} nodes and lines on {@code background}. */
    BackgroundSave(Consumer<String> status, int threshold, Executor background) {
        this(status, threshold, new NestedWait(background));
    }

    private BackgroundSave(Consumer<String> status, int threshold, NestedWait wait) {
        this.status = status;
        this.threshold = threshold;
        this.wait = wait;
    }

    /** True while a design is being written in the background. */
    ReadOnlyBooleanProperty busyProperty() {
        return wait.busyProperty();
    }

    /** Whether a write is under way (a second one is then refused). */
    boolean busy() {
        return wait.busy();
    }

    /**
     * Writes {@code design} to {@code file} with {@code writer}: at once when it is small (or when
     * called off the JavaFX thread, or where no nested event loop may start), else in the
     * background while the JavaFX thread goes on with events (a dialog opened meanwhile is closed
     * first). Returns once written (a "Saving …" shown meanwhile is left in the status bar for the
     * caller to replace).
     *
     * @throws IOException or an unchecked exception: what the writer threw, on the calling thread
     * @throws IllegalStateException when a write is already under way
     */
    void write(Design design, Path file, DesignWrite writer) throws IOException {
        if (wait.busy()) {
            throw new IllegalStateException("a save is already under way");
        }
        if (size(design) <= threshold || !wait.canWait()) {
            writer.save(design, file);
            return;
        }
        Outcome outcome = inBackground(design, file, writer);
        Throwable failure = outcome.failure();
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private Outcome inBackground(Design design, Path file, DesignWrite writer) {
        NestedWait.Waited<Outcome> waited = wait.run(() -> {
            try {
                writer.save(design, file);
                return new Outcome(null);
            } catch (Throwable t) { // handed to the JavaFX thread, which must not wait forever
                return new Outcome(t);
            }
        }, () -> I18n.tr("file.saving", file.getFileName()), status);
        // Once written, a "Saving …" shown stays until the saver says "Saved …" (after its last look at the file).
        if (waited.progressShown() && waited.answer().failure() != null) {
            status.accept("");
        }
        return waited.answer();
    }

    /** How many nodes and lines {@code design} has, over all its scenarios: what writing it costs. */
    static long size(Design design) {
        long size = 0;
        for (Scenario scenario : design.scenarios()) {
            size += scenario.nodes().size() + scenario.lines().size();
        }
        return size;
    }
}
