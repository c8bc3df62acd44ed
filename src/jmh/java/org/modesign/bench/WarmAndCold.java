package org.modesign.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two timings of one piece of work that a budget speaks of: {@code warm}, its average time once
 * the JIT has compiled it, and {@code cold}, one run in a fresh JVM (in five forks), as the first of
 * a session. A benchmark extends it with its set-up and {@link #once}, which checks its own answer.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public abstract class WarmAndCold {

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Object warm() throws Exception {
        return once();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Object cold() throws Exception {
        return once();
    }

    /** The work, once, with a check that it did what it should (a failure stops the benchmark). */
    protected abstract Object once() throws Exception;
}
