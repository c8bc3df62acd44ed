package org.modesign.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.modesign.model.Design;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.shell.MainWindow;

/**
 * What the benchmarks of the editor's views share (stack, matrix, plan view, compare): JavaFX
 * started headless (Monocle, the software renderer, a 1600×1000 screen), an editor window on a
 * design in a stage of its own, work run and timed on the JavaFX thread, the live analysis waited
 * for, timed changes and frames (wall clock, and processor time of the JavaFX thread and of all
 * threads), and the small statistics they print.
 */
final class FxBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** How long a window's analysis may take before the benchmark gives up. */
    private static final long ANALYSIS_SECONDS = 30;
    /** How long a view may take to show what it was asked to. */
    private static final long SHOWN_SECONDS = 30;

    private FxBench() {
    }

    /** Starts JavaFX (on a 1600×1000 headless screen unless {@code headless.geometry} says otherwise) and waits for it. */
    static void start() throws InterruptedException {
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1600x1000-32"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    /** An editor window on a design, shown in a stage of its own. */
    record EditorWindow(EditorContext context, MainWindow window, Stage stage) {

        /** Closes the stage and stops the window's analysis. */
        void close() throws Exception {
            onFx(() -> {
                stage.close();
                context.analysis().shutdown();
                return null;
            });
        }
    }

    /** A new editor window on {@code design}, {@code width}×{@code height}, shown. */
    static EditorWindow window(Design design, int width, int height) throws Exception {
        return onFx(() -> {
            EditorContext context = new EditorContext(new DocumentModel(design, null), new BenchDialogs());
            MainWindow window = new MainWindow(context, new Region(), new Menu());
            Stage stage = new Stage();
            stage.setScene(window.createScene(width, height));
            stage.show();
            return new EditorWindow(context, window, stage);
        });
    }

    /** Waits until the window's own analysis (findings, status bar) is done, as before a user turns to a view. */
    static void awaitAnalysis(EditorContext context) throws Exception {
        awaitAnalysis(context, result -> true);
    }

    /** Waits until the window's analysis has published a result that {@code done} accepts. */
    static void awaitAnalysis(EditorContext context, Predicate<AnalysisResult> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ANALYSIS_SECONDS);
        while (!onFx(() -> {
            AnalysisResult result = context.analysis().resultProperty().get();
            return result != null && done.test(result);
        })) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the editor's analysis did not end within " + ANALYSIS_SECONDS + " s");
            }
            Thread.sleep(20);
        }
    }

    /**
     * Counts {@code displayed} down, noting the time in {@code end[0]}, at the first frame laid out
     * after {@code value} took a value that {@code shown} accepts. Call on the JavaFX thread.
     */
    static <T> void atFirstFrameShowing(Scene scene, ObservableValue<T> value, Predicate<T> shown, long[] end,
            CountDownLatch displayed) {
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T old, T now) {
                if (shown.test(now)) {
                    obs.removeListener(this);
                    scene.addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            end[0] = System.nanoTime();
                            scene.removePostLayoutPulseListener(this);
                            displayed.countDown();
                        }
                    });
                }
            }
        });
    }

    /** Waits for {@code displayed}; a failure that names {@code what} after {@value #SHOWN_SECONDS} s. */
    static void await(CountDownLatch displayed, String what) throws InterruptedException {
        if (!displayed.await(SHOWN_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(what + " was not displayed within " + SHOWN_SECONDS + " s");
        }
    }

    /** Runs {@code work} on the JavaFX thread and waits for its answer. */
    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /**
     * Times {@code runs} changes ({@code change.accept(run)}), each until {@code paint} has painted
     * and rasterised the view; prints the whole, the view's own share after the change went through
     * every other listener, and the JavaFX thread's processor time for that share.
     */
    static void changes(String name, int runs, IntConsumer change, Runnable paint) throws Exception {
        double[] times = new double[runs];
        double[] own = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            int run = i;
            times[i] = onFx(() -> {
                long s = System.nanoTime();
                change.accept(run);
                long m = System.nanoTime();
                long c = THREADS.getCurrentThreadCpuTime();
                paint.run();
                own[run] = ms(m);
                cpu[run] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                return ms(s);
            });
        }
        System.out.printf("%-45s %s ms, of which the view %s ms (JavaFX thread cpu %s ms)%n", name, rounded(times),
                rounded(own), rounded(cpu));
    }

    /**
     * {@code frames} frames after {@code warmUp}, on the JavaFX thread: frame {@code i} is
     * {@code step.accept(i)}, {@code paint} and a snapshot of {@code rasterised}, all timed;
     * {@code lastPaint} tells how long the view's own paint took. One line: wall clock per frame
     * (mean, median, p95, max), processor time of all threads and of the JavaFX thread, paint.
     */
    static String frames(String name, int frames, int warmUp, IntConsumer step, Runnable paint, Node rasterised,
            LongSupplier lastPaint) throws Exception {
        return onFx(() -> {
            double[] times = new double[frames];
            double[] paints = new double[frames];
            double cpu = 0;
            double fxCpu = 0;
            for (int i = 0; i < frames + warmUp; i++) {
                long c = cpuNanos();
                long f = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                step.accept(i);
                paint.run();
                rasterised.snapshot(null, null);
                if (i >= warmUp) {
                    times[i - warmUp] = ms(t);
                    paints[i - warmUp] = lastPaint.getAsLong() / 1e6;
                    cpu += (cpuNanos() - c) / 1e6;
                    fxCpu += (THREADS.getCurrentThreadCpuTime() - f) / 1e6;
                }
            }
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            return String.format("%-40s frame mean %5.1f ms  median %5.1f  p95 %5.1f  max %5.1f  cpu: all threads "
                    + "%5.1f, FX thread %4.1f | paint mean %4.1f ms", name, Arrays.stream(times).average().orElse(0),
                    sorted[frames / 2], sorted[(int) (frames * 0.95)], sorted[frames - 1], cpu / frames,
                    fxCpu / frames, Arrays.stream(paints).average().orElse(0));
        });
    }

    /** The processor time of the calling thread so far, in ns. */
    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The processor time all threads have used so far, in ns. */
    static long cpuNanos() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** All runs but the first (which ran cold). */
    static double[] warm(double[] v) {
        return Arrays.copyOfRange(v, 1, v.length);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    /** "[12, 9, 10]": the times rounded to whole ms. */
    static String rounded(double[] v) {
        return Arrays.toString(Arrays.stream(v).mapToLong(Math::round).toArray());
    }
}
