package org.modesign.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.Menu;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.outline.ChartNavigation;
import org.modesign.outline.OutlineTree;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.shell.MainWindow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The chart from the keyboard (issue 19) at {@code generate --roles N}: one navigation key on the
 * chart of the editor's window (1440×900, headless Monocle, software rendering), as the user presses
 * it — the key event dispatched to the focused chart (Right, then Left: the selection moves to the
 * next card and back), the selection changed, and the chart painted as the next pulse paints it
 * ({@link ChartView#paint}: the tiles in view with the new selection, the focus ring). {@code
 * keyPaintAndRender} also renders the chart (a snapshot: what the pulse's rendering costs, plus
 * reading the pixels back, an upper bound); {@code renderOnly} is that render without a key, so that
 * the difference is the key's. {@code roundTrip} is the cost of the measurement itself
 * (a task run on the JavaFX thread and awaited), to be subtracted. {@code navigationBuilt} is the
 * core's walk made again, as after an edit (the first key after an edit pays it once).
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests package && java -jar target/benchmarks.jar NavigationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
    "-Dheadless.geometry=1600x1000-32", "-Dprism.order=sw", "-Djava.awt.headless=true"})
public class NavigationBenchmark {

    @Param({"50000"})
    public int roles;

    private static boolean started;
    private Scenario scenario;
    private ChartView chart;
    private EditorContext context;
    private WritableImage frame;
    private boolean right = true;
    /** The JavaFX thread's processor time in the keys measured, and how many: apart from the machine's load. */
    private long cpuNanos;
    private long keys;
    /** The renderer thread's processor time over the keys with a render (the snapshot renders there). */
    private long renderStart = -1;
    private long renderer = -1;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        System.out.printf("%nload average at the start: %s", loadAverage());
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 3, 3, 22, 1, 1));
        scenario = design.scenarios().get(0);
        if (!started) {
            CountDownLatch latch = new CountDownLatch(1);
            Platform.startup(latch::countDown);
            latch.await();
            started = true;
        }
        context = new EditorContext(new DocumentModel(design, null), new BenchDialogs());
        chart = onFx(() -> {
            MainWindow window = new MainWindow(context, new Region(), new Menu());
            Stage stage = new Stage();
            stage.setScene(window.createScene(1440, 900));
            stage.show();
            window.focusChart();
            return window.chart();
        });
        CountDownLatch analysed = new CountDownLatch(1);
        onFx(() -> {
            context.analysis().resultProperty().addListener((obs, old, r) -> analysed.countDown());
            if (context.analysis().resultProperty().get() != null) {
                analysed.countDown();
            }
            return null;
        });
        analysed.await(120, TimeUnit.SECONDS);
        Thread.sleep(1000);
        String start = onFx(() -> {
            frame = new WritableImage((int) chart.getWidth(), (int) chart.getHeight());
            key(KeyCode.HOME);
            key(KeyCode.DOWN);
            Set<String> before = Set.copyOf(context.selection().nodes());
            key(KeyCode.RIGHT);
            boolean moves = !before.equals(Set.copyOf(context.selection().nodes()));
            key(KeyCode.LEFT);
            chart.paint();
            return before + (moves ? " and its next sibling" : " (no next sibling!)") + ", chart "
                    + chart.getWidth() + "×" + chart.getHeight() + ", focused " + chart.isFocused();
        });
        System.out.printf("%n%d roles: %d cards; the keys go between %s%n", roles, scenario.nodes().size(), start);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (keys > 0) {
            System.out.printf("%nJavaFX thread's processor time: %.3f ms a key (%d keys)", cpuNanos / 1e6 / keys, keys);
        }
        if (renderer >= 0 && keys > 0) {
            System.out.printf("%nrenderer thread's processor time: %.3f ms a key",
                    (THREADS.getThreadCpuTime(renderer) - renderStart) / 1e6 / keys);
        }
        System.out.printf("%nload average at the end: %s%n", loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private void key(KeyCode code) {
        Event.fireEvent(chart, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    private static <T> T onFx(Supplier<T> task) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(task.get());
            } finally {
                done.countDown();
            }
        });
        done.await();
        return result.get();
    }

    /** One key (Right, then Left, in turn), the selection changed and the chart painted. */
    @Benchmark
    public Object keyAndPaint() throws InterruptedException {
        return onFx(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            key(right ? KeyCode.RIGHT : KeyCode.LEFT);
            right = !right;
            chart.paint();
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
            keys++;
            return context.selection().nodes().size();
        });
    }

    /** As {@link #keyAndPaint}, and the chart rendered (read back as a snapshot). */
    @Benchmark
    public Object keyPaintAndRender() throws InterruptedException {
        if (renderer < 0) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    renderer = t.getId();
                    renderStart = THREADS.getThreadCpuTime(renderer);
                }
            }
        }
        return onFx(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            key(right ? KeyCode.RIGHT : KeyCode.LEFT);
            right = !right;
            chart.paint();
            Object shot = chart.snapshot(null, frame);
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
            keys++;
            return shot;
        });
    }

    /** The render alone, no key: the chart as it is read back (what {@link #keyPaintAndRender} pays for the snapshot). */
    @Benchmark
    public Object renderOnly() throws InterruptedException {
        if (renderer < 0) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    renderer = t.getId();
                    renderStart = THREADS.getThreadCpuTime(renderer);
                }
            }
        }
        return onFx(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            Object shot = chart.snapshot(null, frame);
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
            keys++;
            return shot;
        });
    }

    /** The measurement's own cost: a task on the JavaFX thread, awaited. */
    @Benchmark
    public Object roundTrip() throws InterruptedException {
        return onFx(() -> right);
    }

    /** The walk made again from the scenario, as the first key after an edit makes it. */
    @Benchmark
    public ChartNavigation navigationBuilt() {
        return ChartNavigation.of(OutlineTree.of(scenario));
    }
}
