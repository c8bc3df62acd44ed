package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.sharedfile.FileFingerprint;
import org.modesign.ui.i18n.I18n;

/**
 * Reads design files for the editor: a small file at once on the JavaFX thread, a large one on a
 * background thread while the status bar says so and the window stays responsive. Use from the
 * JavaFX thread; results are delivered on it. Opening uses it, and so do compare and merge (ui.changes).
 */
public final class DesignLoader {

    /** Files larger than this are read in the background. */
    static final long BACKGROUND_THRESHOLD = 1024 * 1024;

    private final DesignReader reader = new DesignReader();
    private final Consumer<String> status;
    private final long threshold;
    private final Executor background;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** A loader that reads files over {@link #BACKGROUND_THRESHOLD} bytes on a new daemon thread. */
    public DesignLoader(Consumer<String> status) {
        this(status, BACKGROUND_THRESHOLD, task -> {
            Thread t = new Thread(task, "modesign-open");
            t.setDaemon(true);
            t.start();
        });
    }

    /** A loader that reads files over {@code threshold} bytes on {@code background}. */
    public DesignLoader(Consumer<String> status, long threshold, Executor background) {
        this.status = status;
        this.threshold = threshold;
        this.background = background;
    }

    /** True while a file is being read in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads {@code file} and hands the result to {@code done}, on the JavaFX thread. */
    public void load(Path file, Consumer<LoadResult> done) {
        load(file, (result, print) -> done.accept(result));
    }

    /**
     * Reads {@code file} and hands the result to {@code done} on the JavaFX thread, with the file's
     * fingerprint taken just before it was read (null when it could not be taken): a change made
     * while it was read then shows as a change, never the other way round.
     */
    void load(Path file, BiConsumer<LoadResult, FileFingerprint> done) {
        if (size(file) <= threshold) {
            FileFingerprint print = fingerprint(file);
            done.accept(reader.read(file), print);
            return;
        }
        busy.set(true);
        status.accept(I18n.tr("file.opening", file.getFileName()));
        background.execute(() -> {
            FileFingerprint print = fingerprint(file);
            LoadResult result = reader.read(file);
            Platform.runLater(() -> {
                busy.set(false);
                status.accept("");
                done.accept(result, print);
            });
        });
    }

    /** What {@code file} holds now, or null when that cannot be told (the reader then says why). */
    static FileFingerprint fingerprint(Path file) {
        try {
            return FileFingerprint.take(file).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The file's size, or 0 when it cannot be told (the reader then says why it cannot read it). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
