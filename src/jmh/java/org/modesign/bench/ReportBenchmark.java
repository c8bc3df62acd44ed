package org.modesign.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.modesign.export.ExportProgress;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.report.PlanReportExport;
import org.modesign.report.ReportFormat;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The plan report (issue 13's budget: to PDF in 5 s as a whole process at 10,000 roles) warm, on
 * {@code generate --roles N --regions 3 --phases 3 --scenarios 2 --tools 40 --v2}: the analysis of
 * both scenarios, the document, and the PDF (or HTML) written to a file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ReportBenchmark {

    @Param({"10000"})
    public int roles;

    private Design design;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        design = DesignGenerator.generate(new GeneratorSpec(roles, 3, 3, 22, 2, 1, 40, true));
        dir = Files.createTempDirectory("report-bench");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (String name : List.of("r.pdf", "r.html")) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public PlanReportExport.Result pdf() throws IOException {
        return PlanReportExport.write(design, List.of(), null, ReportFormat.PDF, dir.resolve("r.pdf"),
                ExportProgress.NONE);
    }

    @Benchmark
    public PlanReportExport.Result html() throws IOException {
        return PlanReportExport.write(design, List.of(), null, ReportFormat.HTML, dir.resolve("r.html"),
                ExportProgress.NONE);
    }
}
