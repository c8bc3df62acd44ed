package org.modesign.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.modesign.analysis.Finding;
import org.modesign.analysis.RollUps;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.layout.Folding;
import org.modesign.layout.Placement;
import org.modesign.layout.Spacing;
import org.modesign.layout.TreeLayout;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.render.ChartScene;
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

/**
 * Issue 14's budgets for the compact layout and folding, on {@code generate --roles N}: Arrange
 * (the compact layout of the whole chart) ≤ 200 ms at 10,000 roles; collapse or expand of a branch
 * of about 1,000 roles ≤ 50 ms: what the editor does then, JavaFX aside (the branches, the folds,
 * the roll-ups with the findings, the arranged view of the folded chart and its scene).
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests package && java -jar target/benchmarks.jar FoldBenchmark -p roles=10000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FoldBenchmark {

    @Param({"10000", "50000"})
    public int roles;

    private Design design;
    private Scenario scenario;
    private List<Finding> findings;
    private Set<String> opening;
    private Set<String> withBranch;

    @Setup(Level.Trial)
    public void setUp() {
        GeneratedChart chart = GeneratedChart.of(roles);
        design = chart.design();
        scenario = chart.scenario();
        findings = chart.findings();
        Folding folding = Folding.of(scenario);
        opening = folding.opening(30);
        int branch = -1;
        for (int v = 0; v < folding.size(); v++) {
            if (folding.foldable(v) && (branch < 0
                    || Math.abs(folding.branchSize(v) - 1000) < Math.abs(folding.branchSize(branch) - 1000))) {
                branch = v;
            }
        }
        withBranch = Set.of(folding.id(branch));
        System.out.printf("%n%d roles: the branch folded holds %d cards; the opening folds %d cards%n", roles,
                folding.branchSize(branch), opening.size());
    }

    @Benchmark
    public Placement arrange() {
        return new TreeLayout(Spacing.CARDS, true).layout(scenario);
    }

    /**
     * Collapsing (or expanding) a branch of about 1,000 cards, everything else shown (the worst
     * case: some 9,000 cards arranged around the roll-up): the chart shown after it, roll-ups worked out.
     */
    @Benchmark
    public ChartScene foldBranch() {
        return folded(withBranch);
    }

    /** The opening view of a large design: its top levels with the roll-ups of the rest. */
    @Benchmark
    public ChartScene openingFolds() {
        return folded(opening);
    }

    private ChartScene folded(Set<String> collapsed) {
        Folding folding = Folding.of(scenario);
        Folding.Folded folded = folding.fold(collapsed);
        RollUps rollUps = RollUps.of(ScenarioIndex.of(design, scenario), 1, folded::owner, findings);
        int[] shown = folded.collapsed();
        int roles = 0;
        for (int card : shown) {
            roles += rollUps.of(card).roles();
        }
        double[][] xy = folding.arranged(folded, Spacing.CARDS, Spacing.CARDS.verticalGap());
        List<Node> nodes = new java.util.ArrayList<>(scenario.nodes().size());
        for (int v = 0; v < scenario.nodes().size(); v++) {
            nodes.add(scenario.nodes().get(v).withPosition(xy[0][v], xy[1][v]));
        }
        ChartScene scene = ChartScene.of(design, scenario.withNodes(nodes));
        return roles < 0 ? null : scene;
    }
}
