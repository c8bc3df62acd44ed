package org.modesign.bench;

import static org.modesign.bench.FxBench.max;
import static org.modesign.bench.FxBench.median;
import static org.modesign.bench.FxBench.ms;
import static org.modesign.bench.FxBench.onFx;
import static org.modesign.bench.FxBench.rounded;
import static org.modesign.bench.FxBench.warm;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.modesign.analysis.SideBySide;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.compare.CompareView;
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
        FxBench.start();
        Platform.setImplicitExit(false);
        double[] open = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            open[i] = openCompare(design);
        }
        System.out.printf("%d roles x 2 scenarios: Ctrl+3 until the comparison is displayed: %s ms (first run cold)%n",
                roles, rounded(open));
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
        FxBench.EditorWindow editor = FxBench.window(design, 1200, 760);
        FxBench.awaitAnalysis(editor.context());
        onFx(() -> {
            start[0] = System.nanoTime();
            editor.context().actions().run(EditorAction.SHOW_COMPARE);
            CompareView view = (CompareView) editor.window().workspace().madeView(WorkspaceView.COMPARE);
            FxBench.atFirstFrameShowing(editor.stage().getScene(), view.comparisonProperty(), shown -> true, end,
                    displayed);
            return null;
        });
        FxBench.await(displayed, "the comparison");
        onFx(() -> {
            editor.stage().close();
            return null;
        });
        return (end[0] - start[0]) / 1e6;
    }
}
