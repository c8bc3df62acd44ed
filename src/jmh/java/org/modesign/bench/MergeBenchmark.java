package org.modesign.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.merge.DesignDiff;
import org.modesign.merge.DesignMerge;
import org.modesign.merge.MergeResult;
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
 * Issue 13's budgets, warm: diff and merge of a 10,000-role design with 2 scenarios whose two
 * sides each made 500 changes ({@link MergeSides}) in at most 150 ms; the design work alone
 * ({@code diff}, {@code merge}: the model in memory) and what the commands do from the files'
 * bytes to the text or file they print ({@code diffFiles}: read both, diff;
 * {@code mergeFiles}: read three, merge, write).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar MergeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MergeBenchmark {

    @Param({"10000"})
    public int roles;

    private Design base;
    private Design ours;
    private Design theirs;
    private byte[] baseFile;
    private byte[] oursFile;
    private byte[] theirsFile;

    @Setup(Level.Trial)
    public void setUp() {
        base = MergeSides.base(roles);
        ours = MergeSides.side(base, 0);
        theirs = MergeSides.side(base, 1);
        DesignWriter writer = new DesignWriter();
        baseFile = writer.toJson(base).getBytes(StandardCharsets.UTF_8);
        oursFile = writer.toJson(ours).getBytes(StandardCharsets.UTF_8);
        theirsFile = writer.toJson(theirs).getBytes(StandardCharsets.UTF_8);
        MergeResult check = DesignMerge.merge(base, ours, theirs);
        if (!check.clean() || DesignDiff.of(base, ours).changes().size() < 400) {
            throw new IllegalStateException("the sides should merge cleanly: " + check.conflicts());
        }
    }

    @Benchmark
    public DesignDiff diff() {
        return DesignDiff.of(base, ours);
    }

    @Benchmark
    public MergeResult merge() {
        return DesignMerge.merge(base, ours, theirs);
    }

    @Benchmark
    public DesignDiff diffFiles() {
        DesignReader reader = new DesignReader();
        return DesignDiff.of(reader.parse(baseFile).design(), reader.parse(oursFile).design());
    }

    @Benchmark
    public String mergeFiles() {
        DesignReader reader = new DesignReader();
        MergeResult result = DesignMerge.merge(reader.parse(baseFile).design(), reader.parse(oursFile).design(),
                reader.parse(theirsFile).design());
        return new DesignWriter().toJson(result.design());
    }
}
