package org.modesign.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modesign.importer.ImportFile;
import org.modesign.importer.ImportOptions;
import org.modesign.importer.ImportPreview;
import org.modesign.importer.RoleImporter;
import org.modesign.importer.UnusableCsv;
import org.modesign.model.Design;
import org.modesign.starter.NewDesigns;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 15's budget for the editor: the import dialog's preview of a 20,000-row HR export appears
 * within 1 s. This is the work the editor does off the JavaFX thread before the dialog shows: read
 * the file (encoding, separator, header), find the mapping, and preview the import into a new
 * design (managers by name, locations to regions, suggested archetypes, placement). The dialog's
 * tables are virtualised, so what follows on the JavaFX thread does not grow with the rows.
 * {@code warm} is the warm time; {@code cold} one preview in a fresh JVM, as the first import of a
 * session ({@link WarmAndCold}).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -jar target/benchmarks.jar ImportPreviewBenchmark}
 */
public class ImportPreviewBenchmark extends WarmAndCold {

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

    @Override
    protected ImportPreview once() throws UnusableCsv {
        ImportFile read = ImportFile.read(file);
        ImportPreview preview = RoleImporter.preview(read, design, design.scenarios().get(0).id(),
                ImportOptions.STANDARD.withMapping(read.mapping()));
        if (preview.rows().size() < rows * 9 / 10) {
            throw new IllegalStateException("the export should import nearly whole: " + preview.rows().size());
        }
        return preview;
    }
}
