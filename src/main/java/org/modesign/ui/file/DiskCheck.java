package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
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

    private final Consumer<String> status;
    private final long threshold;
    private final NestedWait wait;

    /** Hashes files over {@link #BACKGROUND_THRESHOLD} bytes on a new daemon thread. */
    DiskCheck(Consumer<String> status) {
        this(status, BACKGROUND_THRESHOLD, new NestedWait("modesign-disk-check"));
    }

    /** Hashes files over {@code threshold} bytes on {@code background}. */
    DiskCheck(Consumer<String> status, long threshold, Executor background) {
        this(status, threshold, new NestedWait(background));
    }

    private DiskCheck(Consumer<String> status, long threshold, NestedWait wait) {
        this.status = status;
        this.threshold = threshold;
        this.wait = wait;
    }

    /** True while a large file is being looked at in the background (saving and opening wait). */
    ReadOnlyBooleanProperty busyProperty() {
        return wait.busyProperty();
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
        if (size <= threshold || !wait.canWait()) {
            return work.apply(read -> { });
        }
        AtomicLong read = new AtomicLong();
        NestedWait.Waited<T> waited = wait.run(() -> work.apply(read::set),
                () -> I18n.tr("disk.checking", file.getFileName(), percent(read.get(), size)), status);
        if (waited.progressShown()) {
            status.accept("");
        }
        return waited.answer();
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
