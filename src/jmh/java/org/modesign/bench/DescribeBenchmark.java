package org.modesign.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modesign.analysis.Finding;
import org.modesign.describe.ChartDescriber;
import org.modesign.model.Design;
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
 * What a screen reader costs the chart, on {@code generate --roles N}: the describer built after an
 * edit (the first time a reader asks, once per design, phase and findings), and a card's sentence
 * worded when the selection changes (the describer kept).
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests package && java -jar target/benchmarks.jar DescribeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DescribeBenchmark {

    @Param({"10000", "50000"})
    public int roles;

    private Design design;
    private Scenario scenario;
    private ChartScene scene;
    private List<Finding> findings;
    private ChartDescriber describer;
    private String card;
    private int phase;

    @Setup(Level.Trial)
    public void setUp() {
        GeneratedChart chart = GeneratedChart.of(roles);
        design = chart.design();
        scenario = chart.scenario();
        scene = ChartScene.of(design, scenario);
        findings = chart.findings();
        phase = chart.lastPhase();
        describer = ChartDescriber.of(design, scenario, scene, phase, findings);
        card = scenario.nodes().get(scenario.nodes().size() / 2).id();
    }

    @Benchmark
    public ChartDescriber buildAfterAnEdit() {
        return ChartDescriber.of(design, scenario, scene, phase, findings);
    }

    @Benchmark
    public String cardSentence() {
        return describer.card(card).english();
    }
}
