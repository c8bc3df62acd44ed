package org.modesign.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.layout.Folding;
import org.modesign.model.Design;
import org.modesign.ui.canvas.ChartFolds;
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
 * Issue 14's budget "collapse/expand of a branch of 1,000 roles ≤ 50 ms", as the user sees it: in
 * the editor's window (1440×900, software rendering, findings shown), with every other branch of
 * {@code generate --roles N} expanded (the worst case: the rest of the chart shown around the
 * branch), from the fold (the chevron's action, {@link ChartFolds#collapse} or
 * {@link ChartFolds#expand}) through the folds remembered, the roll-ups, the scene of the chart
 * arranged anew, to the first frame on the screen (see {@link ScreenPulse}). Sample time:
 * percentiles per fold.
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests package && java -jar target/benchmarks.jar FoldViewBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 3)
public class FoldViewBenchmark extends InEditorWindow {

    @Param({"10000", "50000"})
    public int roles;

    /**
     * The rest of the chart: every other branch expanded ({@code expanded}: a fold switches between
     * the chart at the file's places and the chart arranged around the roll-up), or one small
     * branch elsewhere collapsed too ({@code arranged}: the chart stays arranged, the fold moves cards).
     */
    @Param({"expanded", "arranged"})
    public String rest;

    BenchWindow window;
    String branch;
    private final FxCpu collapseCpu = new FxCpu();
    private final FxCpu expandCpu = new FxCpu();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 3, 3, 22, 1, 1));
        Folding folding = Folding.of(design.scenarios().get(0));
        int best = -1;
        for (int v = 0; v < folding.size(); v++) {
            if (folding.foldable(v) && (best < 0
                    || Math.abs(folding.branchSize(v) - 1000) < Math.abs(folding.branchSize(best) - 1000))) {
                best = v;
            }
        }
        branch = folding.id(best);
        int small = -1;
        for (int v = folding.size() - 1; v >= 0 && small < 0; v--) {
            if (folding.foldable(v) && folding.branchSize(v) < 20 && !folding.above(folding.id(v)).contains(branch)) {
                small = v;
            }
        }
        String other = folding.id(small);
        window = BenchWindow.open(design);
        BenchWindow.onFx(() -> {
            window.chart().folds().expandAll();
            if (rest.equals("arranged")) {
                window.chart().folds().collapse(List.of(other));
            }
            window.frame();
            return null;
        });
        System.out.printf("%n%d roles (%d cards): the branch folded holds %d cards%n", roles, folding.size(),
                folding.branchSize(best));
    }

    @TearDown(Level.Iteration)
    public void report() {
        System.out.printf("%n  %s%n  %s%n", collapseCpu.summary("collapse"), expandCpu.summary("expand"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        window.close();
    }

    /** The branch expanded before each collapse. */
    @State(Scope.Benchmark)
    public static class Expanded {
        @Setup(Level.Invocation)
        public void expand(FoldViewBenchmark b) throws Exception {
            b.fold(false, null);
        }
    }

    /** The branch collapsed before each expand. */
    @State(Scope.Benchmark)
    public static class Collapsed {
        @Setup(Level.Invocation)
        public void collapse(FoldViewBenchmark b) throws Exception {
            b.fold(true, null);
        }
    }

    /** Collapses or expands the branch and paints the first frame; records the processor time in {@code cpu} (or not: null). */
    void fold(boolean collapse, FxCpu cpu) throws Exception {
        Runnable work = () -> {
            ChartFolds folds = window.chart().folds();
            if (collapse) {
                folds.collapse(List.of(branch));
            } else {
                folds.expand(List.of(branch));
            }
            window.frame();
        };
        BenchWindow.onFx(() -> {
            if (cpu == null) {
                work.run();
            } else {
                cpu.time(work);
            }
            return null;
        });
    }

    /** Collapsing the branch until the first frame after it is on the screen. */
    @Benchmark
    public void collapse(Expanded expanded) throws Exception {
        fold(true, collapseCpu);
    }

    /** Expanding it again until the first frame. */
    @Benchmark
    public void expand(Collapsed collapsed) throws Exception {
        fold(false, expandCpu);
    }
}
