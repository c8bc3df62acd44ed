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
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.StackIndex;
import org.modesign.edit.SetDeploymentOwner;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.StackEntry;
import org.modesign.render.TextMeasure;
import org.modesign.stack.StackLabels;
import org.modesign.stack.StackLandscape;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.analysis.LiveAnalysis;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.stack.StackView;
import org.modesign.ui.workspace.WorkspaceView;

/**
 * The stack view's budgets (issue 12: opens within 300 ms, redraws within 16 ms when scrolled or
 * zoomed) on the design of {@code modesign generate --roles 10000 --regions 5 --phases 6
 * --capabilities 40 --scenarios 2 --tools 200 --v2} (about 1,800 deployments a scenario), in a
 * 1600×1000 editor window with the software renderer. Opening is Ctrl+4 until the first frame is
 * painted and rasterised (a snapshot of the view), with the findings of the live analysis already
 * in (as after any edit; the landscape is rebuilt once more when they come), then a new view in a
 * warm JVM; a frame is one scroll or zoom step, the paint of the next pulse and a snapshot of the
 * landscape, which rasterises what was painted (an upper bound of a screen frame, which repaints
 * only the landscape's region). Wall-clock times on a shared machine vary with its load; the
 * processor time of the JavaFX thread and of all threads is reported beside them.
 *
 * <p>With {@code -Dbench.warmUp=true} the view is first prepared off screen as the editor does
 * in idle time after start-up ({@code MainWindow#warmUpViews}), then opened.
 *
 * <p>Run headless: {@code mvn -B -Pbench -DskipTests package && java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.modesign.bench.StackBenchmark [roles] [tools]}
 */
public final class StackBenchmark {

    private static final int FRAMES = 120;
    private static final int WARM_UP = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int tools = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1600x1000-32"));
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 2, 1, tools, true));
        int entries = design.scenarios().get(0).stack().size();
        long t = System.nanoTime();
        StackIndex index = StackIndex.of(ScenarioIndex.of(design, design.scenarios().get(0)));
        double indexMs = ms(t);
        t = System.nanoTime();
        StackLandscape.validated(design, design.scenarios().get(0), null, StackLabels.ENGLISH)
                .layout(TextMeasure.APPROXIMATE);
        System.out.printf("%d roles, %d tools, %d deployments in scenario 1: scenario + stack index %.0f ms, "
                + "validate + landscape + layout (core, cold) %.0f ms%n", roles, tools, entries, indexMs, ms(t));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        EditorContext context = onFx(() -> new EditorContext(new DocumentModel(design, null), new BenchDialogs()));
        // The findings the live analysis publishes after an edit or at start-up, ready before the view opens.
        var result = LiveAnalysis.analyse(design, design.scenarios().get(0).id());
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(context, new Region(), new Menu());
            Stage stage = new Stage();
            stage.setScene(w.createScene(1600, 1000));
            stage.show();
            return w;
        });
        awaitAnalysis(context, result.findings().size());
        boolean warmUp = Boolean.getBoolean("bench.warmUp");
        if (warmUp) {
            // As the editor does in idle time after start-up (MainWindow#warmUpViews).
            double took = onFx(() -> {
                long s = System.nanoTime();
                window.warmUpViews();
                return ms(s);
            });
            System.out.printf("idle warm-up of the stack view (off screen, after start-up): %.0f ms%n", took);
        }
        double[] openCpu = new double[1];
        double open = onFx(() -> {
            long c = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            context.actions().run(EditorAction.SHOW_STACK);
            StackView view = stack(window);
            view.applyCss();
            view.layout();
            view.paint();
            view.layout();
            view.paint();
            view.snapshot(null, null);
            openCpu[0] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            return ms(s);
        });
        StackView view = stack(window);
        System.out.printf("open (Ctrl+4 until the first frame is rasterised, cold JVM%s): %.0f ms, JavaFX thread cpu %.0f "
                + "ms (of which rebuilding the landscape and the table %.0f ms)%n", warmUp ? ", after the idle warm-up" : "",
                open, openCpu[0],
                view.lastRebuildNanos() / 1e6);
        for (int k = 0; k < 3; k++) {
            double[] cpu = new double[1];
            double again = onFx(() -> {
                long c = THREADS.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                StackView fresh = new StackView(context);
                Stage stage = new Stage();
                stage.setScene(new javafx.scene.Scene(fresh, 1100, 760));
                stage.show();
                fresh.applyCss();
                fresh.layout();
                fresh.paint();
                fresh.layout();
                fresh.paint();
                fresh.snapshot(null, null);
                double took = ms(s);
                cpu[0] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                stage.close();
                return took;
            });
            System.out.printf("open a new stack view, 1100×760, warm JVM: %.0f ms (JavaFX thread cpu %.0f ms)%n", again,
                    cpu[0]);
        }
        String scenario = design.scenarios().get(0).id();
        StackEntry entry = design.scenarios().get(0).stack().get(entries / 2);
        String[] owners = design.scenarios().get(0).nodes().stream().filter(n -> n instanceof Role).map(Node::id)
                .limit(2).toArray(String[]::new);
        report(view, "rebuild on a change of phase (warm), x5", i -> context.document().phaseIdProperty()
                .set(i % 2 == 0 ? design.phases().get(2).id() : null), 5);
        report(view, "an owner set until repainted, x5", i -> context.edit(new SetDeploymentOwner(scenario,
                entry.tool(), entry.region(), owners[i % 2])), 5);
        onFx(() -> {
            context.document().phaseIdProperty().set(null);
            view.paint();
            return null;
        });
        System.out.println(onFx(() -> frames(view, "scroll down 40 px a frame", i -> view.scrollBy(0,
                i % 60 < 30 ? 40 : -40))));
        System.out.println(onFx(() -> frames(view, "scroll sideways 40 px a frame", i -> view.scrollBy(
                i % 60 < 30 ? 40 : -40, 0))));
        System.out.println(onFx(() -> frames(view, "scroll a page a frame", i -> view.scrollBy(0,
                i % 20 < 10 ? 800 : -800))));
        System.out.println(onFx(() -> frames(view, "zoom in and out 10% a frame", i -> view.zoomBy(
                i % 16 < 8 ? 1 / 1.1 : 1.1))));
        Platform.exit();
    }

    /** Waits until the live analysis has published the findings of the design (counted {@code findings}). */
    private static void awaitAnalysis(EditorContext context, int findings) throws Exception {
        for (int i = 0; i < 600; i++) {
            boolean done = onFx(() -> context.analysis().resultProperty().get() != null
                    && context.analysis().resultProperty().get().findings().size() == findings);
            if (done) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the analysis did not come");
    }

    private static StackView stack(MainWindow window) {
        return (StackView) window.workspace().madeView(WorkspaceView.STACK);
    }

    /** Times {@code runs} changes, each until the view is rebuilt, painted and rasterised. */
    private static void report(StackView view, String name, IntConsumer change, int runs) throws Exception {
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
                view.paint();
                view.snapshot(null, null);
                own[run] = ms(m);
                cpu[run] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                return ms(s);
            });
        }
        System.out.printf("%-40s %s ms, of which the stack view %s ms (JavaFX thread cpu %s ms)%n", name,
                Arrays.toString(Arrays.stream(times).map(Math::round).toArray()),
                Arrays.toString(Arrays.stream(own).map(Math::round).toArray()),
                Arrays.toString(Arrays.stream(cpu).map(Math::round).toArray()));
    }

    /**
     * {@link #FRAMES} frames after {@link #WARM_UP}: frame {@code i} is {@code step.accept(i)}, a
     * paint and a snapshot, all timed; reports wall-clock and processor time (all threads) per frame.
     */
    private static String frames(StackView view, String name, IntConsumer step) {
        javafx.scene.Node landscape = view.lookup("#stack-landscape");
        double[] times = new double[FRAMES];
        double[] paints = new double[FRAMES];
        double cpu = 0;
        double fxCpu = 0;
        for (int i = 0; i < FRAMES + WARM_UP; i++) {
            long c = cpuNanos();
            long f = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            step.accept(i);
            view.paint();
            landscape.snapshot(null, null);
            if (i >= WARM_UP) {
                times[i - WARM_UP] = ms(t);
                paints[i - WARM_UP] = view.lastPaintNanos() / 1e6;
                cpu += (cpuNanos() - c) / 1e6;
                fxCpu += (THREADS.getCurrentThreadCpuTime() - f) / 1e6;
            }
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return String.format("%-34s frame mean %5.1f ms  median %5.1f  p95 %5.1f  max %5.1f  cpu: all threads %5.1f, "
                + "FX thread %4.1f | paint mean %4.1f ms", name, Arrays.stream(times).average().orElse(0),
                sorted[FRAMES / 2], sorted[(int) (FRAMES * 0.95)], sorted[FRAMES - 1], cpu / FRAMES, fxCpu / FRAMES,
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
