package org.modesign.bench;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.modesign.analysis.SideBySide;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.compare.CompareView;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.workspace.WorkspaceView;

/**
 * The comparison's budget (issue 5: "the comparison of two 10,000-role scenarios opens within
 * 1 s"), in a real window with the software renderer: from Ctrl+3 (the SHOW_COMPARE action) on a
 * generated design with two scenarios until the first frame that shows the whole report has been
 * laid out, in a fresh window each run, once the window's own analysis is done (as when a user
 * opens a file and then compares); then the core analysis alone ({@code SideBySide.of}).
 *
 * <p>Run headless: {@code mvn -B -Pbench -DskipTests package && java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.modesign.bench.CompareBenchmark [roles]}
 */
public final class CompareBenchmark {

    private static final int RUNS = 7;

    private CompareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 2, 1));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        double[] open = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            open[i] = openCompare(design);
        }
        System.out.printf("%d roles x 2 scenarios: Ctrl+3 until the comparison is displayed: %s ms (first run cold)%n",
                roles, Arrays.toString(Arrays.stream(open).map(Math::round).toArray()));
        System.out.printf("  warm: median %.0f ms, max %.0f ms (budget 1000 ms)%n", median(warm(open)), max(warm(open)));
        double[] core = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            SideBySide.of(design, design.scenarios().get(0), design, design.scenarios().get(1));
            core[i] = ms(t);
        }
        System.out.printf("  of which the analysis of both scenarios (SideBySide.of, warm): median %.0f ms%n",
                median(warm(core)));
        Platform.exit();
    }

    /** One window on the design; the time from Ctrl+3 to the first laid-out frame with the report. */
    private static double openCompare(Design design) throws Exception {
        CountDownLatch displayed = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        Stage[] stage = new Stage[1];
        EditorContext context = new EditorContext(new DocumentModel(design, null), new BenchDialogs());
        MainWindow window = onFx(() -> {
            MainWindow made = new MainWindow(context, new Region(), new Menu());
            stage[0] = new Stage();
            stage[0].setScene(made.createScene(1200, 760));
            stage[0].show();
            return made;
        });
        awaitEditorAnalysis(context);
        onFx(() -> {
            Scene scene = stage[0].getScene();
            start[0] = System.nanoTime();
            context.actions().run(EditorAction.SHOW_COMPARE);
            CompareView view = (CompareView) window.workspace().madeView(WorkspaceView.COMPARE);
            view.comparisonProperty().addListener((obs, old, shown) -> scene.addPostLayoutPulseListener(
                    new Runnable() {
                        @Override
                        public void run() {
                            end[0] = System.nanoTime();
                            scene.removePostLayoutPulseListener(this);
                            displayed.countDown();
                        }
                    }));
            return null;
        });
        if (!displayed.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the comparison was not displayed within 30 s");
        }
        onFx(() -> {
            stage[0].close();
            return null;
        });
        return (end[0] - start[0]) / 1e6;
    }

    /** Waits until the window's own analysis (findings, status bar) is done, as before a user's Ctrl+3. */
    private static void awaitEditorAnalysis(EditorContext context) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (onFx(() -> context.analysis().resultProperty().get()) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the editor's analysis did not end within 30 s");
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    private static double[] warm(double[] v) {
        return Arrays.copyOfRange(v, 1, v.length);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
