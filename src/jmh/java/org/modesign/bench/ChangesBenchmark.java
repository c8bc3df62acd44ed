package org.modesign.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modesign.merge.DesignDiff;
import org.modesign.merge.DesignMerge;
import org.modesign.merge.MergeResult;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.render.ChangeMarks;
import org.modesign.ui.changes.ChangeRow;
import org.modesign.ui.changes.ChangeRows;
import org.modesign.ui.changes.ChartChanges;
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
 * What the editor's compare and merge views cost on a 10,000-role design with 2 scenarios
 * ({@link MergeSides}): {@code compareRefresh} is what the chart's "what changed" does after every
 * edit while it is shown (the diff from the other design, the marks of the scenario shown with
 * its ghosts' places, the list of changes), for 500 changes, the other design's chart laid out
 * once beforehand as when the view opened; {@code mergeChoosingTheirs} is
 * File ▸ Merge… applying a choice of theirs for every one of its 400 conflicts.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar ChangesBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChangesBenchmark {

    @Param({"10000"})
    public int roles;

    private Design base;
    private Design ours;
    private Design conflicting;
    private String shown;
    private ChartChanges onChart;

    @Setup(Level.Trial)
    public void setUp() {
        base = MergeSides.base(roles);
        ours = MergeSides.side(base, 0);
        conflicting = retitled(ours);
        shown = base.scenarios().get(0).id();
        onChart = new ChartChanges(base);
        onChart.of(DesignDiff.of(base, ours), shown); // the chart compared with is laid out once, when shown
        int conflicts = DesignMerge.merge(base, ours, conflicting).conflicts().size();
        if (conflicts < 200) {
            throw new IllegalStateException("expected hundreds of conflicts, not " + conflicts);
        }
    }

    /** Ours with every title ours changed changed again: a conflict per such role. */
    private static Design retitled(Design d) {
        List<Scenario> scenarios = new ArrayList<>();
        for (Scenario s : d.scenarios()) {
            List<Node> nodes = new ArrayList<>(s.nodes().size());
            for (Node n : s.nodes()) {
                nodes.add(n instanceof Role r && r.title().endsWith("(side 0)") ? r.withTitle(r.title() + " again") : n);
            }
            scenarios.add(s.withNodes(nodes));
        }
        return d.withScenarios(scenarios);
    }

    @Benchmark
    public void compareRefresh(Blackhole out) {
        DesignDiff diff = DesignDiff.of(base, ours);
        ChangeMarks marks = onChart.of(diff, shown);
        List<ChangeRow> rows = ChangeRows.of(diff, base, ours);
        out.consume(marks);
        out.consume(rows);
    }

    @Benchmark
    public MergeResult mergeChoosingTheirs() {
        return DesignMerge.merge(base, ours, conflicting, key -> true);
    }
}
