package org.modesign.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.PositionOnlyChange;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Validator;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * Runs the core's validator (the findings about the whole file, then the scenario's) and headcount
 * on the current design off the JavaFX thread and publishes the result on it. Bursts of edits coalesce: while one analysis runs, only the newest
 * request waits, so the result always catches up with the last edit.
 */
public final class LiveAnalysis {

    private record Request(Design design, String scenario) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "modesign-analysis");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    /** While true, requests wait (see {@link #hold}); JavaFX thread only. */
    private boolean held;
    private final ReadOnlyObjectWrapper<AnalysisResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    /** The newest published result (null until the first analysis ends). */
    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /**
     * Asks for an analysis of {@code scenario} in {@code design}; call on the JavaFX thread. When
     * the design differs from the last one analysed only in where cards sit (a drag, Arrange),
     * the findings and metrics still hold and are published again at once, for the new version.
     */
    public void request(Design design, String scenario) {
        AnalysisResult last = result.get();
        if (last != null && pending.get() == null && !running.get() && last.scenario().equals(scenario)
                && PositionOnlyChange.between(last.design(), design)) {
            result.set(last.forDesign(design));
            return;
        }
        pending.set(new Request(design, scenario));
        if (!held && running.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /**
     * Lets requests wait until {@link #resume}: at start-up the first analysis would take a core
     * from building and showing the window; call on the JavaFX thread.
     */
    public void hold() {
        held = true;
    }

    /** Runs the newest request that waited during {@link #hold}, if any; call on the JavaFX thread. */
    public void resume() {
        held = false;
        if (pending.get() != null && running.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Request r;
            while ((r = pending.getAndSet(null)) != null) {
                AnalysisResult computed = analyse(r);
                Platform.runLater(() -> result.set(computed));
            }
        } finally {
            running.set(false);
            if (pending.get() != null && running.compareAndSet(false, true)) {
                worker.execute(this::drain);
            }
        }
    }

    /** The analysis itself, on the calling thread (the worker, or a benchmark). */
    public static AnalysisResult analyse(Design design, String scenarioId) {
        return analyse(new Request(design, scenarioId));
    }

    private static AnalysisResult analyse(Request r) {
        Scenario scenario = r.design().scenario(r.scenario()).orElse(r.design().scenarios().get(0));
        ScenarioIndex index = ScenarioIndex.of(r.design(), scenario);
        List<Finding> findings = new ArrayList<>(Validator.fileFindings(r.design()));
        findings.addAll(Validator.validate(r.design(), index));
        return AnalysisResult.of(r.design(), scenario.id(), findings, Metrics.headcounts(index), index);
    }

    /** Stops the worker (when the window closes). */
    public void shutdown() {
        worker.shutdownNow();
    }
}
