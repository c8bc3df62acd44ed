package org.modesign.bench;

import java.util.Arrays;
import org.modesign.export.ExportFormat;
import org.modesign.export.ExportOutput;
import org.modesign.export.ExportProgress;
import org.modesign.export.ExportRequest;
import org.modesign.export.Exporter;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * The export budget (issue "Share and reach"): exporting the 10,000-role generated design to SVG
 * and to PDF takes at most 3 s each on 2 cores. Prints, per format, the first (cold) run and the
 * median and best of the warm runs, with the output's size; the roles CSV for comparison.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -cp target/benchmarks.jar
 * org.modesign.bench.ExportBenchmark [roles] [runs]}
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) {
        int roles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 5, 6, 40, 1, 1));
        Scenario scenario = design.scenarios().get(0);
        System.out.printf("export of %d roles (%d nodes), %d warm runs, %d processors%n", roles,
                scenario.nodes().size(), runs, Runtime.getRuntime().availableProcessors());
        for (ExportFormat format : new ExportFormat[] {ExportFormat.SVG, ExportFormat.PDF, ExportFormat.ROLES_CSV}) {
            measure(new Exporter(), ExportRequest.of(format, design, scenario), runs);
        }
    }

    private static void measure(Exporter exporter, ExportRequest request, int runs) {
        long start = System.nanoTime();
        ExportOutput first = exporter.render(request, ExportProgress.NONE);
        double cold = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            exporter.render(request, ExportProgress.NONE);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf("%-10s cold %7.0f ms   warm median %7.0f ms   best %7.0f ms   %,d bytes, %d page(s)%n",
                request.format().code(), cold, warm[runs / 2], warm[0], first.bytes().length,
                first.result().pages());
    }
}
