package org.modesign.ui.file;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;

/**
 * File work (hashing a large file, writing a large design) run on a background thread while the
 * JavaFX thread waits for its answer in a nested event loop, so that the window keeps repainting
 * and answering and the caller still gets the answer where it asked. A wait that lasts tells its
 * progress in the status bar: after {@link #PROGRESS_EVERY} and as often again. {@link
 * #busyProperty()} is true meanwhile, so that the actions that must wait for it can. Use from the
 * JavaFX thread.
 */
final class NestedWait {

    /** How long a wait runs before the status bar tells its progress, and how often that is renewed. */
    static final Duration PROGRESS_EVERY = Duration.millis(300);

    /** What the work answered, and whether its progress was shown in the status bar meanwhile. */
    record Waited<T>(T answer, boolean progressShown) {
    }

    private final Executor background;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** Runs the work on a new daemon thread named {@code thread}. */
    NestedWait(String thread) {
        this(task -> {
            Thread t = new Thread(task, thread);
            t.setDaemon(true);
            t.start();
        });
    }

    /** Runs the work on {@code background}. */
    NestedWait(Executor background) {
        this.background = background;
    }

    /** True while work runs in the background. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean busy() {
        return busy.get();
    }

    /** Whether a wait may start now: on the JavaFX thread, where a nested event loop may start, none under way. */
    boolean canWait() {
        return !busy.get() && Platform.isFxApplicationThread() && Platform.canStartNestedEventLoop();
    }

    /**
     * Runs {@code work} in the background (it must not throw: it answers its failures) and waits for
     * its answer while the JavaFX thread goes on with events; meanwhile hands {@code status} the
     * progress {@code progress} words, once the wait has lasted. Call only when {@link #canWait()}.
     */
    <T> Waited<T> run(Supplier<T> work, Supplier<String> progress, Consumer<String> status) {
        Object key = new Object();
        AtomicBoolean shown = new AtomicBoolean();
        Timeline told = new Timeline(new KeyFrame(PROGRESS_EVERY, e -> {
            shown.set(true);
            status.accept(progress.get());
        }));
        told.setCycleCount(Animation.INDEFINITE);
        busy.set(true);
        told.play();
        try {
            background.execute(() -> {
                T answer = work.get();
                Platform.runLater(() -> Platform.exitNestedEventLoop(key, answer));
            });
            @SuppressWarnings("unchecked")
            T answer = (T) Platform.enterNestedEventLoop(key);
            return new Waited<>(answer, shown.get());
        } finally {
            told.stop();
            busy.set(false);
        }
    }
}
