package org.modesign.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.Validator;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.plan.TransitionPlanner;
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
 * Format v2 at scale (issue 11's budgets), on the design of
 * {@code generate --roles N --regions 5 --phases 6 --capabilities 40 --scenarios 2 --tools 200 --v2}
 * (about 1,800 stack entries): read, validate both scenarios over all phases, metrics, and the
 * transition plan of both scenarios (each from an index and findings already computed, as the
 * command line has them, and from scratch).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PlanBenchmark {

    @Param({"10000", "50000"})
    public int roles;

    private byte[] file;
    private Design design;
    private List<ScenarioIndex> indexes;
    private List<List<Finding>> findings;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 2, 1, 200, true));
        file = new DesignWriter().toJson(design).getBytes(StandardCharsets.UTF_8);
        indexes = design.scenarios().stream().map(s -> ScenarioIndex.of(design, s)).toList();
        findings = indexes.stream().map(i -> Validator.validate(design, i)).toList();
    }

    @Benchmark
    public LoadResult readV2() {
        return new DesignReader().parse(file);
    }

    @Benchmark
    public List<Finding> validateV2() {
        return Validator.validate(design);
    }

    /** What {@code modesign metrics} does per file: index, validate (for the finding counts), metrics. */
    @Benchmark
    public void metricsV2(Blackhole bh) {
        for (Scenario s : design.scenarios()) {
            ScenarioIndex index = ScenarioIndex.of(design, s);
            bh.consume(Metrics.of(design, index, Validator.validate(design, index)));
        }
    }

    /** Metrics alone, from an index and findings already computed (as the editor has them). */
    @Benchmark
    public void metricsOnlyV2(Blackhole bh) {
        for (int i = 0; i < indexes.size(); i++) {
            bh.consume(Metrics.of(design, indexes.get(i), findings.get(i)));
        }
    }

    /** The plan of both scenarios from an index and findings already computed. */
    @Benchmark
    public void planV2(Blackhole bh) {
        for (int i = 0; i < indexes.size(); i++) {
            bh.consume(TransitionPlanner.plan(indexes.get(i), findings.get(i)));
        }
    }

    /** What {@code modesign plan} computes per file: index, validate and plan each scenario. */
    @Benchmark
    public void planFromScratch(Blackhole bh) {
        for (Scenario s : design.scenarios()) {
            bh.consume(TransitionPlanner.plan(design, s));
        }
    }
}
