package org.modesign.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.modesign.analysis.RaciGrid;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.edit.SetResponsibility;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Raci;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.matrix.RaciMatrixView;
import org.modesign.ui.workspace.WorkspaceView;

/**
 * The RACI matrix's budgets (issue 5: opens within 1 s, scrolls at one frame per 16 ms) on a
 * generated design whose roles are the matrix's columns, in a 1600×1000 editor window with the
 * software renderer. Opening is Ctrl+2 until the first frame is painted and rasterised (a
 * snapshot of the matrix); a scrolling frame is one scroll step, the paint of the next pulse and
 * a snapshot, which rasterises what was painted (an upper bound of a screen frame).
 *
 * <p>Run headless: {@code mvn -B -Pbench -DskipTests package && java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.modesign.bench.MatrixBenchmark [roles]}
 */
public final class MatrixBenchmark {

    private static final int FRAMES = 120;
    private static final int WARM_UP = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MatrixBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1600x1000-32"));
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 1, 1));
        long t = System.nanoTime();
        RaciGrid.of(ScenarioIndex.of(design, design.scenarios().get(0)), null, RaciGrid.Grouping.TEAM);
        System.out.printf("%d roles × %d capabilities: index + grid (core, cold) %.0f ms%n", roles,
                design.capabilities().size(), ms(t));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        EditorContext context = onFx(() -> new EditorContext(new DocumentModel(design, null), new BenchDialogs()));
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(context, new Region(), new Menu());
            Stage stage = new Stage();
            stage.setScene(w.createScene(1600, 1000));
            stage.show();
            return w;
        });
        double open = onFx(() -> {
            long s = System.nanoTime();
            context.actions().run(EditorAction.SHOW_MATRIX);
            RaciMatrixView view = matrix(window);
            view.applyCss();
            view.layout();
            view.paint();
            view.snapshot(null, null);
            return ms(s);
        });
        RaciMatrixView view = matrix(window);
        System.out.printf("open (Ctrl+2 until the first frame is rasterised, cold): %.0f ms%n", open);
        report(view, "rebuild on a change of phase (warm), x5", i -> context.document().phaseIdProperty()
                .set(i % 2 == 0 ? design.phases().get(1).id() : null), 5);
        String scenario = design.scenarios().get(0).id();
        String role = design.scenarios().get(0).nodes().stream().filter(n -> n instanceof org.modesign.model.Role)
                .skip(roles / 2).findFirst().orElseThrow().id();
        report(view, "a RACI letter set until repainted, x5", i -> context.edit(new SetResponsibility(scenario, role,
                design.capabilities().get(0).id(), i % 2 == 0 ? Raci.C : Raci.I)), 5);
        System.out.println(onFx(() -> frames(view, "scroll sideways 40 px a frame", i -> view.scrollBy(
                i % 60 < 30 ? 40 : -40, 0))));
        System.out.println(onFx(() -> frames(view, "scroll sideways a page a frame", i -> view.scrollBy(
                i % 20 < 10 ? 1000 : -1000, 0))));
        System.out.println(onFx(() -> frames(view, "scroll up and down 28 px a frame", i -> view.scrollBy(0,
                i % 30 < 15 ? 28 : -28))));
        System.out.println(onFx(() -> frames(view, "scroll diagonally 40 × 28 px a frame", i -> view.scrollBy(
                i % 30 < 15 ? 40 : -40, i % 30 < 15 ? 28 : -28))));
        Platform.exit();
    }

    private static RaciMatrixView matrix(MainWindow window) {
        return (RaciMatrixView) window.workspace().madeView(WorkspaceView.MATRIX);
    }

    /**
     * Times {@code runs} changes, each until the matrix is painted and rasterised; reports the
     * whole and, apart, the matrix's own share (its rebuild, paint and rasterising) after the
     * change went through every other listener (the chart, the analysis request).
     */
    private static void report(RaciMatrixView view, String name, IntConsumer change, int runs) throws Exception {
        double[] times = new double[runs];
        double[] own = new double[runs];
        for (int i = 0; i < runs; i++) {
            int run = i;
            times[i] = onFx(() -> {
                long s = System.nanoTime();
                change.accept(run);
                long m = System.nanoTime();
                view.paint();
                view.snapshot(null, null);
                own[run] = ms(m);
                return ms(s);
            });
        }
        System.out.printf("%-45s %s ms, of which the matrix %s ms%n", name,
                Arrays.toString(Arrays.stream(times).map(Math::round).toArray()),
                Arrays.toString(Arrays.stream(own).map(Math::round).toArray()));
    }

    /**
     * {@link #FRAMES} frames after {@link #WARM_UP}: frame {@code i} is {@code step.accept(i)}, a
     * paint and a snapshot, all timed; reports wall-clock and processor time (all threads) per frame.
     */
    private static String frames(RaciMatrixView view, String name, IntConsumer step) {
        double[] times = new double[FRAMES];
        double[] paints = new double[FRAMES];
        double cpu = 0;
        for (int i = 0; i < FRAMES + WARM_UP; i++) {
            long c = cpuNanos();
            long t = System.nanoTime();
            step.accept(i);
            view.paint();
            view.snapshot(null, null);
            if (i >= WARM_UP) {
                times[i - WARM_UP] = ms(t);
                paints[i - WARM_UP] = view.lastPaintNanos() / 1e6;
                cpu += (cpuNanos() - c) / 1e6;
            }
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return String.format("%-45s frame mean %5.1f ms  median %5.1f  p95 %5.1f  max %5.1f  cpu %5.1f | paint "
                + "(FX thread) mean %4.1f ms", name, Arrays.stream(times).average().orElse(0), sorted[FRAMES / 2],
                sorted[(int) (FRAMES * 0.95)], sorted[FRAMES - 1], cpu / FRAMES,
                Arrays.stream(paints).average().orElse(0));
    }

    private static long cpuNanos() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
