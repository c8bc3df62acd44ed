package org.modesign.bench;

import java.util.concurrent.TimeUnit;
import org.modesign.find.FindIndex;
import org.modesign.find.FindMode;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
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
 * Find (issue 14): the list of matches is updated ≤ 30 ms per key at 50,000 roles. {@code key}
 * is one key typed (the whole query searched again, as the find bar does); {@code index} is the
 * index built once per scenario.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar FindBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FindBenchmark {

    @Param({"10000", "50000"})
    public int roles;

    /** A first letter (most cards match), a word, two words, and a capability filter. */
    @Param({"a", "analyst", "data ana", "holds:data"})
    public String query;

    private Design design;
    private FindIndex index;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 2, 1));
        index = FindIndex.of(design, design.scenarios().get(0));
    }

    @Benchmark
    public int key() {
        boolean holds = query.startsWith("holds:");
        return index.find(holds ? query.substring(6) : query, holds ? FindMode.HOLDS : FindMode.ANYTHING).size();
    }

    @Benchmark
    public FindIndex index() {
        return FindIndex.of(design, design.scenarios().get(0));
    }
}
