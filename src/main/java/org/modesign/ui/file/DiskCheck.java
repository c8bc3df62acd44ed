package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;
import org.modesign.sharedfile.DiskChange;
import org.modesign.sharedfile.DiskState;
import org.modesign.sharedfile.FileFingerprint;
import org.modesign.ui.i18n.I18n;

/**
 * Looks at the open design's file for {@link DiskWatch} (which hashes its content): a small file at
 * once, a large one on a background thread while the JavaFX thread keeps the window responsive and
 * waits for the answer in a nested event loop, so that a save still writes nothing before it knows
 * whether the file changed. A look that takes long shows its progress in the status bar. Use from
 * the JavaFX thread.
 */
final class DiskCheck {

    /** Files larger than this are hashed in the background (as {@link DesignLoader} reads them). */
    static final long BACKGROUND_THRESHOLD = DesignLoader.BACKGROUND_THRESHOLD;

    /** How long a look runs before the status bar shows its progress, and how often it is updated. */
    private static final Duration PROGRESS_EVERY = Duration.millis(300);

    private final Consumer<String> status;
    private final long threshold;
    private final Executor background;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** Hashes files over {@link #BACKGROUND_THRESHOLD} bytes on a new daemon thread. */
    DiskCheck(Consumer<String> status) {
        this(status, BACKGROUND_THRESHOLD, task -> {
            Thread t = new Thread(task, "modesign-disk-check");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Hashes files over {@code threshold} bytes on {@code background}. */
    DiskCheck(Consumer<String> status, long threshold, Executor background) {
        this.status = status;
        this.threshold = threshold;
        this.background = background;
    }

    /** True while a large file is being looked at in the background (saving and opening wait). */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * How {@code disk}'s file compares with what it knows ({@link DiskState#check}); a look that
     * fails unexpectedly counts as a change, so that nothing is overwritten unasked.
     */
    DiskChange check(DiskState disk, boolean thorough) {
        return run(disk.file(), progress -> {
            try {
                return disk.check(thorough, progress);
            } catch (RuntimeException e) {
                return DiskChange.CHANGED;
            }
        });
    }

    /** What {@code file} holds now, or null when that cannot be told. */
    FileFingerprint fingerprint(Path file) {
        return run(file, progress -> {
            try {
                return FileFingerprint.take(file, progress).orElse(null);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        });
    }

    /** Runs {@code work} (told the bytes read so far) at once or in the background, and waits for its answer. */
    private <T> T run(Path file, Function<LongConsumer, T> work) {
        long size = size(file);
        if (size <= threshold || busy.get() || !Platform.isFxApplicationThread()
                || !Platform.canStartNestedEventLoop()) {
            return work.apply(read -> { });
        }
        Object key = new Object();
        AtomicLong read = new AtomicLong();
        AtomicBoolean shown = new AtomicBoolean();
        Timeline progress = new Timeline(new KeyFrame(PROGRESS_EVERY, e -> {
            shown.set(true);
            status.accept(I18n.tr("disk.checking", file.getFileName(), percent(read.get(), size)));
        }));
        progress.setCycleCount(Animation.INDEFINITE);
        busy.set(true);
        progress.play();
        background.execute(() -> {
            T answer = work.apply(read::set);
            Platform.runLater(() -> Platform.exitNestedEventLoop(key, answer));
        });
        try {
            @SuppressWarnings("unchecked")
            T answer = (T) Platform.enterNestedEventLoop(key);
            return answer;
        } finally {
            progress.stop();
            busy.set(false);
            if (shown.get()) {
                status.accept("");
            }
        }
    }

    private static long percent(long read, long size) {
        return size <= 0 ? 0 : Math.min(100, read * 100 / size);
    }

    /** The file's size, or 0 when it cannot be told (then it is looked at at once: there is nothing to hash). */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
