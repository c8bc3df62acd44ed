package org.modesign.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.modesign.importer.ImportFile;
import org.modesign.importer.ImportOptions;
import org.modesign.importer.ImportPreview;
import org.modesign.importer.RoleImporter;
import org.modesign.importer.UnusableCsv;
import org.modesign.model.Design;
import org.modesign.starter.NewDesigns;
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
 * Issue 15's budget for the editor: the import dialog's preview of a 20,000-row HR export appears
 * within 1 s. This is the work the editor does off the JavaFX thread before the dialog shows: read
 * the file (encoding, separator, header), find the mapping, and preview the import into a new
 * design (managers by name, locations to regions, suggested archetypes, placement). The dialog's
 * tables are virtualised, so what follows on the JavaFX thread does not grow with the rows.
 * {@code preview} is the warm time; {@code previewCold} one preview in a fresh JVM, as the first
 * import of a session.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar ImportPreviewBenchmark}
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ImportPreviewBenchmark {

    @Param({"20000"})
    public int rows;

    private Path file;
    private Design design;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("hr-export", ".csv");
        HrExportFile.write(rows, file);
        design = NewDesigns.standard("Untitled design", "Phase 1", "Scenario 1");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public ImportPreview preview() throws UnusableCsv {
        return previewOnce();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public ImportPreview previewCold() throws UnusableCsv {
        return previewOnce();
    }

    private ImportPreview previewOnce() throws UnusableCsv {
        ImportFile read = ImportFile.read(file);
        ImportPreview preview = RoleImporter.preview(read, design, design.scenarios().get(0).id(),
                ImportOptions.STANDARD.withMapping(read.mapping()));
        if (preview.rows().size() < rows * 9 / 10) {
            throw new IllegalStateException("the export should import nearly whole: " + preview.rows().size());
        }
        return preview;
    }
}
