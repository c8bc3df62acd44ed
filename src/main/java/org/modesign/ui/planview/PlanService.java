package org.modesign.ui.planview;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.analysis.PlanFigures;

/**
 * Works out the plan, its budget and its hires from the live analysis' result on a background
 * thread ({@link PlanFigures#of}). A new request cancels the one before: a burst of edits costs at
 * most the computation already running plus the newest one. Use from the JavaFX thread.
 */
final class PlanService extends Service<PlanFigures> {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "modesign-plan");
        t.setDaemon(true);
        return t;
    });

    private AnalysisResult requested;

    PlanService() {
        setExecutor(WORKER);
    }

    /**
     * Starts working out the plan of {@code result} unless the last request holds the same findings
     * of the same scenario (the design changed only where cards sit); true when it started.
     */
    boolean plan(AnalysisResult result) {
        if (requested != null && requested.findings() == result.findings()
                && requested.scenario().equals(result.scenario())) {
            return false;
        }
        requested = result;
        restart();
        return true;
    }

    /** Forgets the last request, so that the next {@link #plan} runs whatever it is given. */
    void forget() {
        requested = null;
    }

    @Override
    protected Task<PlanFigures> createTask() {
        AnalysisResult input = requested;
        return new Task<>() {
            @Override
            protected PlanFigures call() {
                return PlanFigures.of(input);
            }
        };
    }
}
