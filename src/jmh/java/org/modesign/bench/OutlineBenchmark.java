package org.modesign.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modesign.analysis.Finding;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.outline.OutlineFigures;
import org.modesign.outline.OutlineFilter;
import org.modesign.outline.OutlineTree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 19's budgets for the outline, on {@code generate --roles N}: the outline opens within 300 ms
 * at 50,000 roles (its model: the tree in the chart's order with its second entries, and the figures
 * of the phase shown, the chart's roll-ups added up the tree; the rows themselves are made lazily,
 * only those shown), and filters within 100 ms a key (the matches and the cards above them).
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests package && java -jar target/benchmarks.jar OutlineBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OutlineBenchmark {

    @Param({"10000", "50000"})
    public int roles;

    private Design design;
    private Scenario scenario;
    private List<Finding> findings;
    private OutlineTree tree;
    private int phase;

    @Setup(Level.Trial)
    public void setUp() {
        GeneratedChart chart = GeneratedChart.of(roles);
        design = chart.design();
        scenario = chart.scenario();
        findings = chart.findings();
        tree = OutlineTree.of(scenario);
        phase = chart.lastPhase();
        System.out.printf("%n%d roles: %d cards, %d second entries, %d findings; \"mark\" matches %d%n", roles,
                tree.size(), tree.secondaryCount(), findings.size(), tree.filter("mark").matchCount());
    }

    /** Opening the outline: its tree and the figures of a phase. */
    @Benchmark
    public OutlineFigures open() {
        OutlineTree opened = OutlineTree.of(scenario);
        return OutlineFigures.of(design, opened, phase, findings);
    }

    /** A change of phase or of findings: the figures again, on the same tree. */
    @Benchmark
    public OutlineFigures figures() {
        return OutlineFigures.of(design, tree, phase, findings);
    }

    /** Typing "marke" into the filter: one filter a key. */
    @Benchmark
    public void filterPerKey(Blackhole hole) {
        String word = "marke";
        for (int k = 1; k <= word.length(); k++) {
            OutlineFilter filter = tree.filter(word.substring(0, k));
            hole.consume(filter.matchCount());
        }
    }
}
