package org.modesign.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Metrics;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.ScenarioMetrics;
import org.modesign.analysis.Validator;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
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
 * The core's budgets (issue "Core"): on {@code generate --roles N --regions 5 --phases 6
 * --capabilities 40 --scenarios 2}, warm: read ≤ 80 ms, validate of both scenarios over all phases
 * ≤ 20 ms, metrics ≤ 20 ms at 10,000 roles; at most 6× that at 50,000. The same budgets on a v2
 * plan of that size (200 tools, about 1,800 stack entries) are measured by {@link PlanBenchmark}.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar CoreBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoreBenchmark {

    @Param({"10000", "50000"})
    public int roles;

    private byte[] file;
    private Design design;
    private List<ScenarioIndex> indexes;
    private List<List<Finding>> findings;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 2, 1));
        file = new DesignWriter().toJson(design).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        indexes = design.scenarios().stream().map(s -> ScenarioIndex.of(design, s)).toList();
        findings = indexes.stream().map(i -> Validator.validate(design, i)).toList();
    }

    @Benchmark
    public LoadResult read() {
        return new DesignReader().parse(file);
    }

    @Benchmark
    public List<Finding> validate() {
        return Validator.validate(design);
    }

    /** What {@code modesign metrics} does per file: index, validate (for the finding counts), metrics. */
    @Benchmark
    public void metrics(Blackhole bh) {
        for (Scenario s : design.scenarios()) {
            ScenarioIndex index = ScenarioIndex.of(design, s);
            ScenarioMetrics m = Metrics.of(design, index, Validator.validate(design, index));
            bh.consume(m);
        }
    }

    /** Metrics alone, from an index and findings already computed (as the editor has them). */
    @Benchmark
    public void metricsOnly(Blackhole bh) {
        for (int i = 0; i < indexes.size(); i++) {
            bh.consume(Metrics.of(design, indexes.get(i), findings.get(i)));
        }
    }

    @Benchmark
    public String write() {
        return new DesignWriter().toJson(design);
    }
}
