package org.modesign.bench;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.modesign.io.DesignGenerator;
import org.modesign.io.GeneratorSpec;
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
import org.modesign.ui.canvas.FxSurface;

/**
 * Frame cost of the chart on a 1600×1000 JavaFX canvas with the software renderer: each frame pans
 * (or zooms) the viewport, paints the chart through {@link ChartPainter} and forces JavaFX to
 * rasterise it (a snapshot, which also reads the pixels back: an upper bound of a screen frame).
 *
 * <p>Run headless: {@code mvn -B -Pbench -DskipTests package && java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.modesign.bench.RenderBenchmark [roles]}
 */
public final class RenderBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int FRAMES = 120;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 1, 1));
        Scenario s = design.scenarios().get(0);
        long t0 = System.nanoTime();
        TreeLayout layout = new TreeLayout(Spacing.CARDS, true);
        design = SetPositions.arrange(s.id(), layout.layout(s).positions(Position::new)).apply(design);
        System.out.printf("layout + apply of %d roles: %.1f ms (cold)%n", roles, (System.nanoTime() - t0) / 1e6);
        ChartScene scene = ChartScene.of(design, design.scenarios().get(0));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<String> report = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            report.set(run(scene));
            done.countDown();
        });
        done.await();
        System.out.println(report.get());
        Platform.exit();
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
        StringBuilder out = new StringBuilder();
        out.append(frames("baseline: clear + snapshot, no chart", canvas, surface, null, scene, fit, 0));
        out.append(frames("fit (whole chart, scale " + String.format("%.3f", fit.scale()) + ")", canvas, surface,
                painter, scene, fit, 0));
        out.append(frames("zoomed in 100% (full detail), panning", canvas, surface, painter, scene, full, 40));
        out.append(frames("zoomed 45% (compact detail), panning", canvas, surface, painter, scene, compact, 40));
        out.append(zoomFrames(canvas, surface, painter, scene, fit));
        return out.toString();
    }

    private static String frames(String name, Canvas canvas, FxSurface surface, ChartPainter painter,
            ChartScene scene, Viewport start, double panStep) {
        double[] times = new double[FRAMES];
        Viewport v = start;
        for (int i = 0; i < FRAMES + 20; i++) {
            v = v.panBy(i % 40 < 20 ? -panStep : panStep, 0);
            long t = System.nanoTime();
            paint(canvas, surface, painter, scene, v);
            if (i >= 20) {
                times[i - 20] = (System.nanoTime() - t) / 1e6;
            }
        }
        return summary(name, times);
    }

    private static String zoomFrames(Canvas canvas, FxSurface surface, ChartPainter painter, ChartScene scene,
            Viewport fit) {
        double[] times = new double[FRAMES];
        Viewport v = fit;
        for (int i = 0; i < FRAMES + 20; i++) {
            double factor = (i / 30) % 2 == 0 ? 1.08 : 1 / 1.08;
            v = v.zoomAt(WIDTH / 2.0, HEIGHT / 3.0, factor);
            long t = System.nanoTime();
            paint(canvas, surface, painter, scene, v);
            if (i >= 20) {
                times[i - 20] = (System.nanoTime() - t) / 1e6;
            }
        }
        return summary("zooming in and out from fit", times);
    }

    private static void paint(Canvas canvas, FxSurface surface, ChartPainter painter, ChartScene scene, Viewport v) {
        canvas.getGraphicsContext2D().clearRect(0, 0, WIDTH, HEIGHT);
        if (painter != null) {
            painter.paint(surface, scene, v, PaintOptions.DEFAULT.withGrid(Boolean.getBoolean("grid")));
        }
        canvas.snapshot(new SnapshotParameters(), null);
    }

    private static String summary(String name, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(times).average().orElse(0);
        return String.format("%-45s mean %6.1f ms  median %6.1f ms  p95 %6.1f ms  (%d frames)%n", name, mean,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], times.length);
    }
}
