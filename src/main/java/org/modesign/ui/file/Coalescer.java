package org.modesign.ui.file;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs a task once things have been quiet for a while: each {@link #poke()} (an edit) postpones it
 * by {@code quiet}, but never past {@code latest} after the first poke that it has not yet
 * answered, so that a long run of edits (a drag, typing) is still answered every {@code latest}.
 * Many pokes, one run. No JavaFX; the {@link Delays} decide the thread.
 */
final class Coalescer {

    private final Delays delays;
    private final Duration quiet;
    private final Duration latest;
    private final Runnable task;
    private Instant firstPoke;
    private Runnable cancel;

    Coalescer(Delays delays, Duration quiet, Duration latest, Runnable task) {
        if (latest.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("latest (" + latest + ") comes before quiet (" + quiet + ")");
        }
        this.delays = delays;
        this.quiet = quiet;
        this.latest = latest;
        this.task = task;
    }

    /** Something changed: run the task {@code quiet} from now, or at {@code latest} after the first change. */
    void poke() {
        Instant now = delays.now();
        if (firstPoke == null) {
            firstPoke = now;
        }
        Duration left = Duration.between(now, firstPoke.plus(latest));
        Duration wait = left.compareTo(quiet) < 0 ? left : quiet;
        cancelPending();
        cancel = delays.after(wait.isNegative() ? Duration.ZERO : wait, this::fire);
    }

    /** Forgets the pending run (the changes were saved, or the editor closes). */
    void cancel() {
        cancelPending();
        firstPoke = null;
    }

    /** Whether a run is pending. */
    boolean pending() {
        return cancel != null;
    }

    private void fire() {
        cancel = null;
        firstPoke = null;
        task.run();
    }

    private void cancelPending() {
        if (cancel != null) {
            cancel.run();
            cancel = null;
        }
    }
}
