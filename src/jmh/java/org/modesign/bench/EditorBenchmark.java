package org.modesign.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.modesign.edit.MoveNodes;
import org.modesign.edit.SetResponsibility;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Raci;
import org.modesign.model.Role;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.document.DocumentModel;

/**
 * The editor's budgets on a generated design (issue "Editor"), in a real window with the software
 * renderer: an edit (move a card, change a RACI letter) until the chart is repainted and until
 * the finding counts are updated (after {@value #WARM_UP} edits of the same kind to warm up);
 * Arrange of the whole chart; opening the design.
 *
 * <p>Run headless: {@code mvn -B -Pbench -DskipTests package && java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.modesign.bench.EditorBenchmark [roles]}
 */
public final class EditorBenchmark {

    private static final int RUNS = 15;
    /** Edits made before those measured, so that the JIT has compiled the code an edit runs. */
    private static final int WARM_UP = 40;

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "modesign-bench-" + roles + ".modesign");
        new DesignWriter().save(DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 1, 1)), file);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        long t = System.nanoTime();
        Design design = new DesignReader().read(file).design();
        double readMs = ms(t);
        EditorContext[] context = new EditorContext[1];
        MainWindow[] window = new MainWindow[1];
        double openMs = onFx(() -> {
            long s = System.nanoTime();
            context[0] = new EditorContext(new DocumentModel(design, file), new BenchDialogs());
            window[0] = new MainWindow(context[0], new Region(), new Menu());
            Stage stage = new Stage();
            stage.setScene(window[0].createScene(1200, 760));
            stage.show();
            window[0].chart().fitToWindow();
            return ms(s);
        });
        System.out.printf("%d roles: read %.0f ms, build and show the window %.0f ms%n", roles, readMs, openMs);
        awaitAnalysis(context[0], context[0].document().design());
        String scenario = context[0].document().scenario().id();
        Role role = (Role) context[0].document().scenario().nodes().stream().filter(n -> n instanceof Role)
                .skip(roles / 2).findFirst().orElseThrow();
        report("move a card", context[0], window[0], i -> new MoveNodes(scenario, java.util.Set.of(role.id()),
                10, 0));
        String capability = design.capabilities().get(0).id();
        report("change a RACI letter", context[0], window[0], i -> new SetResponsibility(scenario, role.id(),
                capability, i % 2 == 0 ? Raci.A : Raci.R));
        double[] phases = new double[RUNS];
        List<String> phaseIds = design.phases().stream().map(p -> p.id()).toList();
        for (int i = 0; i < RUNS; i++) {
            String phase = i % (phaseIds.size() + 1) == phaseIds.size() ? null : phaseIds.get(i % (phaseIds.size() + 1));
            phases[i] = onFx(() -> {
                long s = System.nanoTime();
                context[0].document().phaseIdProperty().set(phase);
                window[0].chart().paint();
                return ms(s);
            });
        }
        System.out.printf("switch phase (ghosting, badges, status, findings panel; chart repainted): median %.1f ms,"
                + " max %.1f%n", median(phases), max(phases));
        double[] arrange = new double[5];
        for (int i = 0; i < arrange.length; i++) {
            EditorAction action = i % 2 == 0 ? EditorAction.ARRANGE : EditorAction.UNDO;
            arrange[i] = onFx(() -> {
                long s = System.nanoTime();
                context[0].actions().run(action);
                return ms(s);
            });
        }
        System.out.printf("Arrange (layout, one undoable edit, chart rebuilt), arrange/undo alternately: %s ms%n",
                Arrays.toString(Arrays.stream(arrange).map(Math::round).toArray()));
        Platform.exit();
    }

    private interface Edit {
        org.modesign.edit.EditCommand make(int i);
    }

    private static void report(String name, EditorContext context, MainWindow window, Edit edit) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            int run = i;
            onFx(() -> {
                context.edit(edit.make(run));
                window.chart().paint();
                return 0.0;
            });
            awaitAnalysis(context, context.document().design());
        }
        double[] canvas = new double[RUNS];
        double[] findings = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            int run = i;
            long start = System.nanoTime();
            canvas[i] = onFx(() -> {
                context.edit(edit.make(run));
                window.chart().paint();
                return ms(start);
            });
            awaitAnalysis(context, context.document().design());
            findings[i] = ms(start);
        }
        System.out.printf("%-22s chart repainted: median %5.1f ms, max %5.1f | finding counts updated: median %5.1f ms,"
                + " max %5.1f%n", name, median(canvas), max(canvas), median(findings), max(findings));
    }

    /** Waits, without disturbing the JavaFX thread, until the analysis of {@code design} is published. */
    private static void awaitAnalysis(EditorContext context, Design design) throws Exception {
        CountDownLatch published = new CountDownLatch(1);
        javafx.beans.value.ChangeListener<AnalysisResult> listener = (obs, old, r) -> {
            if (r != null && r.design() == design) {
                published.countDown();
            }
        };
        onFxValue(() -> {
            AnalysisResult now = context.analysis().resultProperty().get();
            if (now != null && now.design() == design) {
                published.countDown();
            } else {
                context.analysis().resultProperty().addListener(listener);
            }
            return null;
        });
        if (!published.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no analysis within 10 s");
        }
        onFxValue(() -> {
            context.analysis().resultProperty().removeListener(listener);
            return null;
        });
    }

    private static double onFx(java.util.concurrent.Callable<Double> work) throws Exception {
        return onFxValue(work);
    }

    private static <T> T onFxValue(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
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
