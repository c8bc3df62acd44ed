package org.modesign.bench;

import java.util.concurrent.TimeUnit;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
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
 * Building the chart's scene (cards, lines and their routes, the spatial indexes) of a generated
 * design, as opening it or any edit that changes lines does, and re-routing the lines of 100 cards
 * moved together, as every frame of a drag does.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar SceneBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SceneBenchmark {

    @Param({"10000", "50000"})
    public int roles;

    private Design design;
    private Scenario scenario;
    private ChartScene scene;
    private int[] moved;
    private double[] xs;
    private double[] ys;

    @Setup(Level.Trial)
    public void setUp() {
        design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 2, 1));
        scenario = design.scenarios().get(0);
        scene = ChartScene.of(design, scenario);
        moved = new int[100];
        xs = new double[moved.length];
        ys = new double[moved.length];
        for (int k = 0; k < moved.length; k++) {
            moved[k] = k * (scene.nodeCount() / moved.length);
            xs[k] = scene.cardX(moved[k]) + 37;
            ys[k] = scene.cardY(moved[k]) + 23;
        }
    }

    @Benchmark
    public ChartScene build() {
        return ChartScene.of(design, scenario);
    }

    @Benchmark
    public ChartScene drag100Cards() {
        return scene.withMovedNodes(moved, xs, ys);
    }
}
