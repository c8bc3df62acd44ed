package org.modesign.bench;

import static org.modesign.bench.FxBench.max;
import static org.modesign.bench.FxBench.median;
import static org.modesign.bench.FxBench.ms;
import static org.modesign.bench.FxBench.onFx;
import static org.modesign.bench.FxBench.warm;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.modesign.edit.SetStaffing;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.model.Staffing;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.analysis.PlanFigures;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.planview.PlanView;
import org.modesign.ui.workspace.WorkspaceView;

/**
 * The plan view's budgets (issue 12: "the plan view opens within 500 ms; an edit updates it within
 * 100 ms"), in a real window with the software renderer, on the design of {@code generate --roles
 * 10000 --regions 5 --phases 6 --capabilities 40 --scenarios 2 --tools 200 --v2} (about 6,300
 * roles added and 730 tools deployed in its first phase):
 * <ul>
 * <li>open: from Ctrl+5 (the SHOW_PLAN action) until the first frame laid out with the plan, in a
 * fresh window each run, once the window's own analysis is done (as when a user opens a file and
 * then looks at the plan);
 * <li>edit: from an edit (a role made open, then filled again) until the first frame laid out with
 * the plan of the new design, which includes the live analysis (findings, status bar) the plan
 * reuses; and the part of it after the analysis was published (plan, budget, hires, layout); one
 * edit every {@value #PAUSE_MS} ms or so, as a person edits;
 * <li>the core's work alone ({@code PlanFigures.of}: index, plan, metrics, hires).
 * </ul>
 *
 * <p>Run headless: {@code mvn -B -Pbench -DskipTests package && java -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -cp target/benchmarks.jar
 * org.modesign.bench.PlanViewBenchmark [roles]}
 */
public final class PlanViewBenchmark {

    private static final int RUNS = 7;
    private static final int EDITS = 21;
    /** Edits made before those measured, so that the JIT has compiled what an edit runs. */
    private static final int WARM_UP = 20;
    /** The time between measured edits, in which the renderer draws the last one. */
    private static final long PAUSE_MS = 400;
    /** Pauses measured without an edit. */
    private static final int IDLE = 7;

    private PlanViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 2, 1, 200, true));
        FxBench.start();
        Platform.setImplicitExit(false);
        double[] open = new double[RUNS];
        double[] openCpu = new double[RUNS];
        Window last = null;
        for (int i = 0; i < RUNS; i++) {
            if (last != null) {
                last.close();
            }
            last = new Window(design);
            double cpu = cpuMs();
            open[i] = last.openPlan();
            openCpu[i] = cpuMs() - cpu;
        }
        System.out.printf("%d roles, 2 scenarios, 200 tools: Ctrl+5 until the plan is displayed: %s ms (first run cold)%n",
                roles, FxBench.rounded(open));
        System.out.printf("  warm: median %.0f ms, max %.0f ms (budget 500 ms); CPU time of the threads involved:"
                + " median %.0f ms, max %.0f ms%n", median(warm(open)), max(warm(open)), median(warm(openCpu)),
                max(warm(openCpu)));
        Role role = (Role) design.scenarios().get(0).nodes().stream()
                .filter(n -> n instanceof Role r && r.person().isEmpty() && !r.staffing().vacant()).findFirst()
                .orElseThrow();
        for (int i = 0; i < WARM_UP; i++) {
            last.edit(role, i);
        }
        // What the threads use at rest in a pause (a view that keeps drawing would count against every edit).
        double[][] idle = new double[THREADS.size()][IDLE];
        Thread.sleep(2 * PAUSE_MS);
        for (int i = 0; i < IDLE; i++) {
            double[] cpu = cpuByThread();
            Thread.sleep(PAUSE_MS);
            double[] after = cpuByThread();
            for (int t = 0; t < THREADS.size(); t++) {
                idle[t][i] = after[t] - cpu[t];
            }
        }
        double[][] edits = new double[3][EDITS];
        double[][] byThread = new double[THREADS.size()][EDITS];
        for (int i = 0; i < EDITS; i++) {
            double[] cpu = cpuByThread();
            double[] times = last.edit(role, i);
            // At a person's pace: the frames of one edit are drawn before the next (their CPU time counted).
            Thread.sleep(PAUSE_MS);
            double[] after = cpuByThread();
            edits[0][i] = times[0];
            edits[1][i] = times[1];
            for (int t = 0; t < THREADS.size(); t++) {
                byThread[t][i] = after[t] - cpu[t];
                edits[2][i] += byThread[t][i];
            }
        }
        System.out.printf("  an edit (a role made open / filled again) until the plan view shows it: median %.0f ms,"
                + " max %.0f ms (budget 100 ms)%n", median(edits[0]), max(edits[0]));
        System.out.printf("    of which after the live analysis was published (plan, budget, hires, drawn): median %.0f ms,"
                + " max %.0f ms%n", median(edits[1]), max(edits[1]));
        System.out.printf("    CPU time of the threads involved (analysis, plan, JavaFX, renderer drawing it): median"
                + " %.0f ms, max %.0f ms%n", median(edits[2]), max(edits[2]));
        StringBuilder threads = new StringBuilder();
        for (int t = 0; t < THREADS.size(); t++) {
            threads.append(String.format("%s%s %.0f", t == 0 ? "" : ", ", THREADS.get(t), median(byThread[t])));
        }
        System.out.printf("    of which per thread (median ms): %s%n", threads);
        StringBuilder rest = new StringBuilder();
        for (int t = 0; t < THREADS.size(); t++) {
            rest.append(String.format("%s%s %.0f", t == 0 ? "" : ", ", THREADS.get(t), median(idle[t])));
        }
        System.out.printf("    (the same threads at rest, in a pause of %d ms without an edit, median ms: %s)%n", PAUSE_MS,
                rest);
        last.close();
        AnalysisResult result = org.modesign.ui.analysis.LiveAnalysis.analyse(design, design.scenarios().get(0).id());
        double[] core = new double[RUNS * 2];
        for (int i = 0; i < core.length; i++) {
            long t = System.nanoTime();
            PlanFigures.of(result);
            core[i] = ms(t);
        }
        System.out.printf("  the core's plan, metrics and hires from the analysis (PlanFigures.of, warm): median %.0f ms%n",
                median(warm(core)));
        coreParts(design);
        System.out.printf("  (system load average %.1f on %d cores while measuring)%n", load(),
                Runtime.getRuntime().availableProcessors());
        Platform.exit();
    }

    /**
     * The core's share of an edit, part by part, in CPU time of this thread (what the analysis and
     * the plan's worker each run once per edit): the live analysis (index, validator, headcounts),
     * then from its index the plan, the metrics and the hires.
     */
    private static void coreParts(Design design) {
        String scenario = design.scenarios().get(0).id();
        org.modesign.model.Scenario shown = design.scenarios().get(0);
        String[] names = {"live analysis (index, findings, headcounts)", "index alone", "transition plan",
                "metrics", "hiring plan"};
        double[][] parts = new double[names.length][RUNS * 2];
        for (int i = 0; i < RUNS * 2; i++) {
            long t = cpuNs();
            AnalysisResult result = org.modesign.ui.analysis.LiveAnalysis.analyse(design, scenario);
            parts[0][i] = (cpuNs() - t) / 1e6;
            t = cpuNs();
            org.modesign.analysis.ScenarioIndex index = org.modesign.analysis.ScenarioIndex.of(design, shown);
            parts[1][i] = (cpuNs() - t) / 1e6;
            t = cpuNs();
            org.modesign.plan.TransitionPlanner.plan(index, result.findings());
            parts[2][i] = (cpuNs() - t) / 1e6;
            t = cpuNs();
            org.modesign.analysis.Metrics.of(design, index, result.findings());
            parts[3][i] = (cpuNs() - t) / 1e6;
            t = cpuNs();
            org.modesign.plan.HiringPlan.of(index);
            parts[4][i] = (cpuNs() - t) / 1e6;
        }
        for (int k = 0; k < names.length; k++) {
            System.out.printf("    %s: median %.1f ms CPU (warm)%n", names[k], median(warm(parts[k])));
        }
    }

    private static long cpuNs() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** One editor window on the design, with the plan's timings. */
    private static final class Window {

        private final FxBench.EditorWindow editor;
        private final EditorContext context;

        Window(Design design) throws Exception {
            editor = FxBench.window(design, 1200, 760);
            context = editor.context();
            FxBench.awaitAnalysis(context);
        }

        /** Ctrl+5 until the first laid-out frame with the plan. */
        double openPlan() throws Exception {
            CountDownLatch displayed = new CountDownLatch(1);
            long[] start = new long[1];
            long[] end = new long[1];
            onFx(() -> {
                start[0] = System.nanoTime();
                context.actions().run(EditorAction.SHOW_PLAN);
                afterShown(view(), context.document().design(), end, displayed);
                return null;
            });
            FxBench.await(displayed, "the plan");
            return (end[0] - start[0]) / 1e6;
        }

        /** An edit until the plan of the new design is laid out; and from the analysis' result on. */
        double[] edit(Role role, int i) throws Exception {
            CountDownLatch displayed = new CountDownLatch(1);
            long[] start = new long[1];
            long[] analysed = new long[1];
            long[] end = new long[1];
            onFx(() -> {
                PlanView view = view();
                String scenario = context.document().scenario().id();
                start[0] = System.nanoTime();
                context.edit(new SetStaffing(scenario, role.id(), i % 2 == 0 ? Staffing.OPEN : role.staffing()));
                Design edited = context.document().design();
                context.analysis().resultProperty().addListener(new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends AnalysisResult> obs,
                            AnalysisResult old, AnalysisResult result) {
                        if (result.design() == edited) {
                            analysed[0] = System.nanoTime();
                            obs.removeListener(this);
                        }
                    }
                });
                afterShown(view, edited, end, displayed);
                return null;
            });
            FxBench.await(displayed, "the edit");
            return new double[] {(end[0] - start[0]) / 1e6, (end[0] - analysed[0]) / 1e6};
        }

        private PlanView view() {
            return (PlanView) editor.window().workspace().madeView(WorkspaceView.PLAN);
        }

        /** Counts down at the first laid-out frame after the view shows the plan of {@code design}. */
        private void afterShown(PlanView view, Design design, long[] end, CountDownLatch displayed) {
            FxBench.atFirstFrameShowing(editor.stage().getScene(), view.figuresProperty(),
                    shown -> shown != null && shown.design() == design, end, displayed);
        }

        void close() throws Exception {
            editor.close();
        }
    }

    /**
     * The threads an update runs on: JavaFX's (Monocle starts it as "Event Thread" and the toolkit
     * renames it; either name is counted), its renderer, the live analysis and the plan's worker.
     */
    private static final java.util.List<String> THREADS = java.util.List.of("JavaFX Application Thread",
            "Event Thread", "QuantumRenderer", "modesign-analysis", "modesign-plan");

    /**
     * The CPU time those threads have used so far, in ms: on a machine shared with other work, the
     * time a measured interval would take if the machine were ours (the work runs one step after
     * the other: analysis, plan, layout, drawing).
     */
    private static double cpuMs() {
        return Arrays.stream(cpuByThread()).sum();
    }

    /** The CPU time each of {@link #THREADS} has used so far, in ms, in that order (several renderer threads add up). */
    private static double[] cpuByThread() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] used = new double[THREADS.size()];
        for (java.lang.management.ThreadInfo info : bean.getThreadInfo(bean.getAllThreadIds())) {
            for (int t = 0; info != null && t < THREADS.size(); t++) {
                if (info.getThreadName().startsWith(THREADS.get(t))) {
                    long cpu = bean.getThreadCpuTime(info.getThreadId());
                    used[t] += cpu < 0 ? 0 : cpu / 1e6;
                }
            }
        }
        return used;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
