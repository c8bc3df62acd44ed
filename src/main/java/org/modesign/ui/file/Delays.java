package org.modesign.ui.file;

import java.time.Duration;
import java.time.Instant;

/**
 * Time for work that waits: what time it is, and running a task after a delay. The editor's runs
 * tasks on the JavaFX thread; tests advance a clock of their own instead of waiting.
 */
public interface Delays {

    /** Now. */
    Instant now();

    /** Runs {@code task} after {@code delay}, unless the returned handle is run first (it cancels). */
    Runnable after(Duration delay, Runnable task);
}
