package org.modesign.ui.compare;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.modesign.analysis.SideBySide;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Analyses two scenarios with the core's {@link SideBySide} on a background thread. A new request
 * cancels the one before: a burst of edits costs at most the analysis already running plus the
 * newest one, since cancelled requests that have not started never run. Use from the JavaFX thread.
 */
final class ComparisonService extends Service<SideBySide> {

    /** What one analysis looks at; two inputs are the same when every part is the same object. */
    record Input(Design designA, Scenario a, Design designB, Scenario b) {

        Input {
            Objects.requireNonNull(designA, "designA");
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(designB, "designB");
            Objects.requireNonNull(b, "b");
        }

        /**
         * Whether {@code other} would give the same comparison: the same scenarios and the same
         * design-wide lists (an edit of a third scenario changes neither).
         */
        boolean sameAs(Input other) {
            return other != null && a == other.a && b == other.b && sameCatalogue(designA, other.designA)
                    && sameCatalogue(designB, other.designB);
        }

        private static boolean sameCatalogue(Design x, Design y) {
            return x == y || (x.title().equals(y.title()) && x.settings().equals(y.settings())
                    && x.regions() == y.regions() && x.capabilities() == y.capabilities() && x.phases() == y.phases());
        }
    }

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "modesign-compare");
        t.setDaemon(true);
        return t;
    });

    private Input requested;

    ComparisonService() {
        setExecutor(WORKER);
    }

    /** Starts comparing {@code input} unless that is what was asked last; true when it started. */
    boolean compare(Input input) {
        if (input.sameAs(requested)) {
            return false;
        }
        requested = input;
        restart();
        return true;
    }

    /** Forgets the last request, so that the next {@link #compare} runs whatever it is given. */
    void forget() {
        requested = null;
    }

    @Override
    protected Task<SideBySide> createTask() {
        Input input = requested;
        return new Task<>() {
            @Override
            protected SideBySide call() {
                return SideBySide.of(input.designA(), input.a(), input.designB(), input.b());
            }
        };
    }
}
