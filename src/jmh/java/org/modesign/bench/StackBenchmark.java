package org.modesign.bench;

import static org.modesign.bench.FxBench.ms;
import static org.modesign.bench.FxBench.onFx;

import java.util.function.IntConsumer;
import javafx.application.Platform;
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

    private StackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int tools = args.length > 1 ? Integer.parseInt(args[1]) : 200;
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
        FxBench.start();
        // The findings the live analysis publishes after an edit or at start-up, ready before the view opens.
        var result = LiveAnalysis.analyse(design, design.scenarios().get(0).id());
        FxBench.EditorWindow editor = FxBench.window(design, 1600, 1000);
        EditorContext context = editor.context();
        MainWindow window = editor.window();
        FxBench.awaitAnalysis(context, r -> r.findings().size() == result.findings().size());
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
            long c = FxBench.threadCpuNanos();
            long s = System.nanoTime();
            context.actions().run(EditorAction.SHOW_STACK);
            StackView view = stack(window);
            view.applyCss();
            view.layout();
            view.paint();
            view.layout();
            view.paint();
            view.snapshot(null, null);
            openCpu[0] = (FxBench.threadCpuNanos() - c) / 1e6;
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
                long c = FxBench.threadCpuNanos();
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
                cpu[0] = (FxBench.threadCpuNanos() - c) / 1e6;
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
        Runnable paint = () -> {
            view.paint();
            view.snapshot(null, null);
        };
        FxBench.changes("rebuild on a change of phase (warm), x5", 5, i -> context.document().phaseIdProperty()
                .set(i % 2 == 0 ? design.phases().get(2).id() : null), paint);
        FxBench.changes("an owner set until repainted, x5", 5, i -> context.edit(new SetDeploymentOwner(scenario,
                entry.tool(), entry.region(), owners[i % 2])), paint);
        onFx(() -> {
            context.document().phaseIdProperty().set(null);
            view.paint();
            return null;
        });
        javafx.scene.Node landscape = onFx(() -> view.lookup("#stack-landscape"));
        System.out.println(frames(view, landscape, "scroll down 40 px a frame", i -> view.scrollBy(0,
                i % 60 < 30 ? 40 : -40)));
        System.out.println(frames(view, landscape, "scroll sideways 40 px a frame", i -> view.scrollBy(
                i % 60 < 30 ? 40 : -40, 0)));
        System.out.println(frames(view, landscape, "scroll a page a frame", i -> view.scrollBy(0,
                i % 20 < 10 ? 800 : -800)));
        System.out.println(frames(view, landscape, "zoom in and out 10% a frame", i -> view.zoomBy(
                i % 16 < 8 ? 1 / 1.1 : 1.1)));
        Platform.exit();
    }

    private static StackView stack(MainWindow window) {
        return (StackView) window.workspace().madeView(WorkspaceView.STACK);
    }

    /** {@link #FRAMES} frames after {@link #WARM_UP}, each a step, a paint and a snapshot of the landscape alone. */
    private static String frames(StackView view, javafx.scene.Node landscape, String name, IntConsumer step)
            throws Exception {
        return FxBench.frames(name, FRAMES, WARM_UP, step, view::paint, landscape, view::lastPaintNanos);
    }
}
