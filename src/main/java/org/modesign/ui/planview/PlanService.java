package org.modesign.ui.planview;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.modesign.model.Design;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.analysis.PlanFigures;

/**
 * Works out, on a background thread, the plan, its budget and its hires from the live analysis'
 * result ({@link PlanFigures#of}), and the rows the plan list shows of them, names and all, so
 * that the JavaFX thread only puts them on screen. A new request cancels the one before: a burst
 * of edits costs at most the computation already running plus the newest one. Use from the
 * JavaFX thread.
 */
final class PlanService extends Service<PlanService.Prepared> {

    /** A plan ready to show: the figures, the names of its ids and the rows of the plan list. */
    record Prepared(PlanFigures figures, PlanWords words, Set<PlanRows.GroupKey> expanded, List<PlanRow> rows) {
    }

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "modesign-plan");
        t.setDaemon(true);
        return t;
    });

    private AnalysisResult requested;
    private Set<PlanRows.GroupKey> expanded = Set.of();

    PlanService() {
        setExecutor(WORKER);
    }

    /**
     * Starts working out the plan of {@code result}, with the groups in {@code expanded} shown
     * whole, unless the last request holds the same findings of the same scenario (the design
     * changed only where cards sit); true when it started.
     */
    boolean plan(AnalysisResult result, Set<PlanRows.GroupKey> expandedGroups) {
        if (requested != null && requested.findings() == result.findings()
                && requested.scenario().equals(result.scenario())) {
            return false;
        }
        requested = result;
        expanded = Set.copyOf(expandedGroups);
        restart();
        return true;
    }

    /** Forgets the last request, so that the next {@link #plan} runs whatever it is given. */
    void forget() {
        requested = null;
    }

    @Override
    protected Task<Prepared> createTask() {
        AnalysisResult input = requested;
        Set<PlanRows.GroupKey> whole = expanded;
        return new Task<>() {
            @Override
            protected Prepared call() {
                PlanFigures figures = PlanFigures.of(input);
                Design design = figures.design();
                PlanWords words = new PlanWords(design, design.scenario(figures.scenario()).orElseThrow());
                return new Prepared(figures, words, whole, PlanRows.of(figures, words, whole));
            }
        };
    }
}
