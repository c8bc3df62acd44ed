package org.modesign.bench;

import static org.modesign.bench.FxBench.ms;
import static org.modesign.bench.FxBench.onFx;

import java.util.function.IntConsumer;
import javafx.application.Platform;
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

    private MatrixBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 1, 1));
        long t = System.nanoTime();
        RaciGrid.of(ScenarioIndex.of(design, design.scenarios().get(0)), null, RaciGrid.Grouping.TEAM);
        System.out.printf("%d roles × %d capabilities: index + grid (core, cold) %.0f ms%n", roles,
                design.capabilities().size(), ms(t));
        FxBench.start();
        FxBench.EditorWindow editor = FxBench.window(design, 1600, 1000);
        EditorContext context = editor.context();
        MainWindow window = editor.window();
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
        // The whole, and apart the matrix's own share (its rebuild, paint and rasterising) after the
        // change went through every other listener (the chart, the analysis request).
        Runnable paint = () -> {
            view.paint();
            view.snapshot(null, null);
        };
        FxBench.changes("rebuild on a change of phase (warm), x5", 5, i -> context.document().phaseIdProperty()
                .set(i % 2 == 0 ? design.phases().get(1).id() : null), paint);
        String scenario = design.scenarios().get(0).id();
        String role = design.scenarios().get(0).nodes().stream().filter(n -> n instanceof org.modesign.model.Role)
                .skip(roles / 2).findFirst().orElseThrow().id();
        FxBench.changes("a RACI letter set until repainted, x5", 5, i -> context.edit(new SetResponsibility(scenario,
                role, design.capabilities().get(0).id(), i % 2 == 0 ? Raci.C : Raci.I)), paint);
        System.out.println(frames(view, "scroll sideways 40 px a frame", i -> view.scrollBy(
                i % 60 < 30 ? 40 : -40, 0)));
        System.out.println(frames(view, "scroll sideways a page a frame", i -> view.scrollBy(
                i % 20 < 10 ? 1000 : -1000, 0)));
        System.out.println(frames(view, "scroll up and down 28 px a frame", i -> view.scrollBy(0,
                i % 30 < 15 ? 28 : -28)));
        System.out.println(frames(view, "scroll diagonally 40 × 28 px a frame", i -> view.scrollBy(
                i % 30 < 15 ? 40 : -40, i % 30 < 15 ? 28 : -28)));
        Platform.exit();
    }

    private static RaciMatrixView matrix(MainWindow window) {
        return (RaciMatrixView) window.workspace().madeView(WorkspaceView.MATRIX);
    }

    /** {@link #FRAMES} frames after {@link #WARM_UP}, each a step, a paint and a snapshot of the matrix. */
    private static String frames(RaciMatrixView view, String name, IntConsumer step) throws Exception {
        return FxBench.frames(name, FRAMES, WARM_UP, step, view::paint, view, view::lastPaintNanos);
    }
}
