package org.modesign.ui.file;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@link Delays} on a clock that only the test moves: {@link #advance} runs what falls due, in order. */
final class ManualDelays implements Delays {

    private final class Task {
        final Instant due;
        final Runnable run;
        boolean cancelled;

        Task(Instant due, Runnable run) {
            this.due = due;
            this.run = run;
        }
    }

    private final List<Task> tasks = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-07T09:00:00Z");

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Runnable after(Duration delay, Runnable run) {
        Task task = new Task(now.plus(delay), run);
        tasks.add(task);
        return () -> task.cancelled = true;
    }

    /** Moves the clock on by {@code step}, running each task that falls due on the way. */
    void advance(Duration step) {
        Instant end = now.plus(step);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.cancelled && !t.due.isAfter(end))
                    .min(Comparator.comparing(t -> t.due)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due;
            next.run.run();
        }
        tasks.removeIf(t -> t.cancelled);
        now = end;
    }

    /** Tasks waiting to run. */
    long waiting() {
        return tasks.stream().filter(t -> !t.cancelled).count();
    }
}
