package org.modesign.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.layout.Spacing;
import org.modesign.layout.TreeLayout;
import org.modesign.edit.Position;
import org.modesign.edit.SetPositions;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.render.ChartPainter;
import org.modesign.render.ChartScene;
import org.modesign.render.PaintOptions;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.fx.FxSurface;
import org.modesign.ui.document.DocumentModel;

/**
 * Frame cost of the chart on a 1600×1000 view with the software renderer, two ways.
 *
 * <p>Painter only: each frame pans (or zooms) the viewport, clears a canvas, paints the whole
 * chart through {@link ChartPainter} and forces JavaFX to rasterise it with a snapshot.
 *
 * <p>Through {@link ChartView}, as the editor shows it (with its finding badges): each frame pans
 * or zooms the view as a mouse would ({@link ChartView#panBy}, {@link ChartView#zoomAt}), paints it
 * as the next pulse would ({@link ChartView#paint}: the tiles due in this frame, the overlays) and
 * takes a snapshot of the view, which rasterises what was painted and composes the tiles. A frame
 * is thus all the work of one pulse, plus reading the pixels back (the baseline lines: an upper
 * bound of a screen frame). Zooming paints the view afresh each frame; panning paints only the
 * tiles coming into view, and one ahead of the pan. Measured twice: the chart alone filling
 * 1600×1000 (a stress case), then the chart as the editor's window lays it out on a laptop
 * screen of 1440×900 (palette, inspector and findings panel beside and under it).
 *
 * <p>Run headless: {@code mvn -B -Pbench -DskipTests package && java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.modesign.bench.RenderBenchmark [roles]}
 */
public final class RenderBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int FRAMES = 120;
    /** The image each frame is read back into, made once so that reading back allocates nothing. */
    private static final WritableImage FRAME = new WritableImage(WIDTH, HEIGHT);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 1, 1));
        Scenario s = design.scenarios().get(0);
        long t0 = System.nanoTime();
        TreeLayout layout = new TreeLayout(new Spacing(200, 64, 24, 48, 16, 24), true);
        design = SetPositions.arrange(s.id(), layout.layout(s).positions(Position::new)).apply(design);
        System.out.printf("layout + apply of %d roles: %.1f ms (cold)%n", roles, (System.nanoTime() - t0) / 1e6);
        ChartScene scene = ChartScene.of(design, design.scenarios().get(0));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        System.out.println(onFxThread(() -> run(scene)));
        Design shown = design;
        ChartView view = onFxThread(() -> showView(new EditorContext(new DocumentModel(shown, null), new BenchDialogs())));
        badgesShown.await(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        System.out.println(onFxThread(() -> runView(view)));
        EditorContext editor = new EditorContext(new DocumentModel(shown, null), new BenchDialogs());
        ChartView inWindow = onFxThread(() -> showWindow(editor));
        awaitBadges(editor);
        Thread.sleep(500);
        System.out.println(onFxThread(() -> String.format("In the editor's window at %d×%d (a laptop screen): the chart is"
                + " %.0f×%.0f%n", LAPTOP_WIDTH, LAPTOP_HEIGHT, inWindow.getWidth(), inWindow.getHeight())
                + runView(inWindow)));
        Platform.exit();
    }

    private static final int LAPTOP_WIDTH = 1440;
    private static final int LAPTOP_HEIGHT = 900;

    /** The whole editor window (palette, chart, inspector, findings panel) at a laptop's screen size. */
    private static ChartView showWindow(EditorContext context) {
        MainWindow window = new MainWindow(context, new Region(), new Menu());
        Stage stage = new Stage();
        stage.setScene(window.createScene(LAPTOP_WIDTH, LAPTOP_HEIGHT));
        stage.show();
        return window.chart();
    }

    private static void awaitBadges(EditorContext context) throws InterruptedException {
        CountDownLatch analysed = new CountDownLatch(1);
        onFxThread(() -> {
            if (context.analysis().resultProperty().get() != null) {
                analysed.countDown();
            }
            context.analysis().resultProperty().addListener((obs, old, result) -> analysed.countDown());
            return null;
        });
        analysed.await(60, TimeUnit.SECONDS);
    }

    private static <T> T onFxThread(Supplier<T> task) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            result.set(task.get());
            done.countDown();
        });
        done.await();
        return result.get();
    }

    /** A view of the design in a window, with the findings of its analysis as badges. */
    private static ChartView showView(EditorContext context) {
        ChartView view = new ChartView(context);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(view), WIDTH, HEIGHT));
        stage.show();
        context.analysis().resultProperty().addListener((obs, old, result) -> badgesShown.countDown());
        context.analysis().request(context.document().design(), context.document().scenario().id());
        return view;
    }

    private static final CountDownLatch badgesShown = new CountDownLatch(1);

    private static String runView(ChartView view) {
        StringBuilder out = new StringBuilder("Through ChartView (tiles), with the findings' badges:\n");
        Rect bounds = view.scene().bounds();
        view.fitToWindow();
        out.append(viewFrames("view baseline: snapshot, nothing to paint", view, 0, 1));
        out.append(viewFrames("view fit, panning", view, 40, 1));
        moveTo(view, 1.0, bounds.centerX(), bounds.y());
        out.append(viewFrames("view zoomed in 100% (full detail), panning", view, 40, 1));
        moveTo(view, 1.0, bounds.centerX(), bounds.y() + 400);
        out.append(viewFrames("view 100%, among the cards, panning", view, 40, 1));
        moveTo(view, 0.45, bounds.centerX(), bounds.y());
        out.append(viewFrames("view zoomed 45% (compact detail), panning", view, 40, 1));
        out.append(viewFrames("view 45%, fast pan (200 px a frame)", view, 200, 1));
        out.append(viewFrames("view zooming in and out from 45% to 60%", view, 0, 1.01));
        moveTo(view, 1.0, bounds.centerX(), bounds.y() + 400);
        out.append(viewFrames("view zooming in and out from 100% to 135%", view, 0, 1.01));
        view.fitToWindow();
        out.append(viewFrames("view zooming in and out from fit", view, 0, 1.08));
        return out.toString();
    }

    /** Shows world point ({@code x}, {@code y}) at the view's top-left corner, at {@code scale}. */
    private static void moveTo(ChartView view, double scale, double x, double y) {
        view.zoomAt(0, 0, scale / view.viewport().scale());
        view.panBy((view.viewport().x() - x) * scale, (view.viewport().y() - y) * scale);
        view.paint();
        view.snapshot(null, null);
    }

    /** Frames that pan by {@code panStep} pixels, back and forth, or else zoom by {@code zoom}, in and out. */
    private static String viewFrames(String name, ChartView view, double panStep, double zoom) {
        double[] recorded = {0};
        String line = measure(name, i -> {
            if (zoom != 1) {
                view.zoomAt(view.getWidth() / 2, view.getHeight() / 3, (i / 30) % 2 == 0 ? zoom : 1 / zoom);
            } else {
                view.panBy(i % 40 < 20 ? -panStep : panStep, 0);
            }
        }, () -> {
            view.paint();
            recorded[0] += view.lastPaintNanos() / 1e6;
            view.snapshot(null, FRAME);
        });
        return line.replace("\n", String.format("  paint call %4.1f ms%n", recorded[0] / (FRAMES + 20)));
    }

    private static String run(ChartScene scene) {
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(canvas), WIDTH, HEIGHT));
        stage.show();
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        ChartPainter painter = new ChartPainter();
        Rect bounds = scene.bounds();
        Viewport fit = Viewport.fit(bounds, WIDTH, HEIGHT, 40, 1.5);
        Viewport full = new Viewport(bounds.centerX(), bounds.y(), WIDTH, HEIGHT, 1.0);
        Viewport compact = new Viewport(bounds.centerX(), bounds.y(), WIDTH, HEIGHT, 0.45);
        StringBuilder out = new StringBuilder("Painter only, on one canvas:\n");
        out.append(frames("baseline: clear + snapshot, no chart", canvas, surface, null, scene, fit, 0));
        out.append(frames("fit (whole chart, scale " + String.format("%.3f", fit.scale()) + ")", canvas, surface,
                painter, scene, fit, 0));
        out.append(frames("zoomed in 100% (full detail), panning", canvas, surface, painter, scene, full, 40));
        out.append(frames("zoomed 45% (compact detail), panning", canvas, surface, painter, scene, compact, 40));
        out.append(zoomFrames("zooming in and out from fit", canvas, surface, painter, scene, fit, 1.08));
        out.append(zoomFrames("zooming in and out from 45% to 60%", canvas, surface, painter, scene, compact, 1.01));
        return out.toString();
    }

    private static String frames(String name, Canvas canvas, FxSurface surface, ChartPainter painter,
            ChartScene scene, Viewport start, double panStep) {
        Viewport[] v = {start};
        return measure(name, i -> v[0] = v[0].panBy(i % 40 < 20 ? -panStep : panStep, 0),
                () -> paint(canvas, surface, painter, scene, v[0]));
    }

    private static String zoomFrames(String name, Canvas canvas, FxSurface surface, ChartPainter painter,
            ChartScene scene, Viewport start, double zoom) {
        Viewport[] v = {start};
        return measure(name, i -> v[0] = v[0].zoomAt(WIDTH / 2.0, HEIGHT / 3.0, (i / 30) % 2 == 0 ? zoom : 1 / zoom),
                () -> paint(canvas, surface, painter, scene, v[0]));
    }

    private static void paint(Canvas canvas, FxSurface surface, ChartPainter painter, ChartScene scene, Viewport v) {
        canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
        if (painter != null) {
            painter.paint(surface, scene, v, PaintOptions.DEFAULT.withGrid(Boolean.getBoolean("grid")));
        }
        canvas.snapshot(new SnapshotParameters(), FRAME);
    }

    /**
     * Times {@link #FRAMES} frames after 20 to warm up: frame {@code i} is {@code step.accept(i)}
     * (not timed: the pan or zoom) then {@code frame} (timed). Reports the wall-clock time per frame
     * and the processor time all threads spent in it, which a busy machine disturbs less.
     */
    private static String measure(String name, IntConsumer step, Runnable frame) {
        double[] times = new double[FRAMES];
        double cpu = 0;
        for (int i = 0; i < FRAMES + 20; i++) {
            step.accept(i);
            long c = cpuNanos();
            long t = System.nanoTime();
            frame.run();
            if (i >= 20) {
                times[i - 20] = (System.nanoTime() - t) / 1e6;
                cpu += (cpuNanos() - c) / 1e6;
            }
        }
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(times).average().orElse(0);
        return String.format("%-45s mean %6.1f ms  median %6.1f ms  p95 %6.1f ms  cpu %5.1f ms  (%d frames)%n", name,
                mean, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], cpu / FRAMES, FRAMES);
    }

    /** Processor time of all the JVM's threads so far. */
    private static long cpuNanos() {
        long sum = 0;
        for (long id : THREADS.getAllThreadIds()) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return sum;
    }
}
