package org.modesign.bench;

import java.util.concurrent.TimeUnit;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.render.Rect;
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
 * Issue 14's budget "pan and zoom frames stay ≤ 16 ms p95", in the editor's window (1440×900,
 * software rendering, findings shown): one frame of the window after a pan step of 40 px (back
 * and forth) or after a zoom step of 10 % (in and out), from the step through the next pulse (the
 * chart painting the tiles due, one ahead) to the window rendered (see {@link ScreenPulse}).
 * Views: the opening view of {@code generate --roles N} (folded, as it opens), and the
 * 10,000-role design fully expanded at fit zoom and at 100 % among its cards. Sample time: p50,
 * p95 and p99 per frame; the processor time of the JavaFX thread, and of it and the renderer's
 * thread, per frame is printed after each iteration.
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests package && java -jar target/benchmarks.jar FrameBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FrameBenchmark extends InEditorWindow {

    /** Roles, and the view: as it opens; expanded at fit; expanded at 100 %. */
    @Param({"10000-opening", "50000-opening", "10000-fit", "10000-100"})
    public String view;

    private BenchWindow window;
    private int step;
    private final FxCpu cpu = new FxCpu();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String[] parts = view.split("-");
        Design design = DesignGenerator.generate(new GeneratorSpec(Integer.parseInt(parts[0]), 3, 3, 22, 1, 1));
        window = BenchWindow.open(design);
        String shown = BenchWindow.onFx(() -> {
            ChartView chart = window.chart();
            if (!parts[1].equals("opening")) {
                chart.folds().expandAll();
                window.frame();
                chart.fitToWindow();
                if (parts[1].equals("100")) {
                    Rect bounds = chart.scene().bounds();
                    chart.zoomActual();
                    chart.panBy((chart.viewport().x() - bounds.centerX()) * chart.viewport().scale(),
                            (chart.viewport().y() - bounds.y() - 300) * chart.viewport().scale());
                }
            }
            window.frame();
            return String.format("%s: %d cards, %d shown, zoom %.1f %%, chart %.0f×%.0f", view,
                    chart.scene().nodeCount(), shown(chart), chart.viewport().scale() * 100, chart.getWidth(),
                    chart.getHeight());
        });
        System.out.printf("%n%s%n", shown);
    }

    private static int shown(ChartView chart) {
        int n = 0;
        for (int i = 0; i < chart.scene().nodeCount(); i++) {
            n += chart.scene().hidden(i) ? 0 : 1;
        }
        return n;
    }

    @TearDown(Level.Iteration)
    public void report() {
        System.out.printf("%n  %s%n", cpu.summary("per frame"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        window.close();
    }

    /** A pan of 40 px (20 steps one way, 20 back) and its frame. */
    @Benchmark
    public void pan() throws Exception {
        int i = step++;
        BenchWindow.onFx(() -> {
            cpu.time(() -> {
                window.chart().panBy(i % 40 < 20 ? -40 : 40, i % 80 < 40 ? 0 : 12);
                window.frame();
            });
            return null;
        });
    }

    /** A zoom step of 10 % about the middle of the chart (5 in, 5 out) and its frame. */
    @Benchmark
    public void zoom() throws Exception {
        int i = step++;
        BenchWindow.onFx(() -> {
            cpu.time(() -> {
                ChartView chart = window.chart();
                chart.zoomAt(chart.getWidth() / 2, chart.getHeight() / 2, i % 10 < 5 ? 1.1 : 1 / 1.1);
                window.frame();
            });
            return null;
        });
    }
}
