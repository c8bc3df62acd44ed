package org.modesign.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.modesign.model.Scenario;
import org.modesign.outline.ChartNavigation;
import org.modesign.outline.OutlineTree;
import org.modesign.ui.canvas.ChartView;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
 * chart of the editor's window ({@link BenchWindow}: 1440×900, headless Monocle, software
 * rendering), as the user presses it — the key event dispatched to the focused chart (Right, then
 * Left: the selection moves to the next card and back), the selection changed, and the frame the
 * screen gets ({@link BenchWindow#frame()}: the next pulse, in which the chart paints its tiles in
 * view with the new selection and the focus ring, and the window's changed regions rendered).
 * {@code frameOnly} is a frame without a key, so that the difference is the key's; {@code
 * roundTrip} is the cost of the measurement itself (a task run on the JavaFX thread and awaited),
 * to be subtracted. {@code navigationBuilt} is the core's walk made again, as after an edit (the
 * first key after an edit pays it once). The processor time of the JavaFX thread, and of it and
 * the renderer's thread, per key or frame ({@link FxCpu}) is printed after each iteration, apart
 * from the machine's load.
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests package && java -jar target/benchmarks.jar NavigationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class NavigationBenchmark extends InEditorWindow {

    @Param({"50000"})
    public int roles;

    private Scenario scenario;
    private BenchWindow window;
    private boolean right = true;
    private final FxCpu cpu = new FxCpu();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        System.out.printf("%nload average at the start: %s", loadAverage());
        GeneratedChart generated = GeneratedChart.of(roles);
        scenario = generated.scenario();
        window = BenchWindow.open(generated.design());
        String start = BenchWindow.onFx(() -> {
            window.window.focusChart();
            ChartView chart = window.chart();
            key(KeyCode.HOME);
            key(KeyCode.DOWN);
            Set<String> before = Set.copyOf(window.context.selection().nodes());
            key(KeyCode.RIGHT);
            boolean moves = !before.equals(Set.copyOf(window.context.selection().nodes()));
            key(KeyCode.LEFT);
            window.frame();
            return before + (moves ? " and its next sibling" : " (no next sibling!)") + ", chart "
                    + chart.getWidth() + "×" + chart.getHeight() + ", focused " + chart.isFocused();
        });
        System.out.printf("%n%d roles: %d cards; the keys go between %s%n", roles, scenario.nodes().size(), start);
    }

    @TearDown(Level.Iteration)
    public void report() {
        System.out.printf("%n  %s%n", cpu.summary("per operation"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        window.close();
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
        Event.fireEvent(window.chart(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    /** One key (Right, then Left, in turn), the selection changed, and the frame the screen gets. */
    @Benchmark
    public Object keyAndFrame() throws Exception {
        return BenchWindow.onFx(() -> {
            cpu.time(() -> {
                key(right ? KeyCode.RIGHT : KeyCode.LEFT);
                right = !right;
                window.frame();
            });
            return window.context.selection().nodes().size();
        });
    }

    /** A frame without a key: what {@link #keyAndFrame} pays for the pulse when nothing has changed. */
    @Benchmark
    public void frameOnly() throws Exception {
        BenchWindow.onFx(() -> {
            cpu.time(window::frame);
            return null;
        });
    }

    /** The measurement's own cost: a task on the JavaFX thread, awaited. */
    @Benchmark
    public Object roundTrip() throws Exception {
        return BenchWindow.onFx(() -> right);
    }

    /** The walk made again from the scenario, as the first key after an edit makes it. */
    @Benchmark
    public ChartNavigation navigationBuilt() {
        return ChartNavigation.of(OutlineTree.of(scenario));
    }
}
