package org.modesign.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.export.ExportProgress;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;

/**
 * A design of ten thousand roles gives a report of a bounded length: each chart as its top levels
 * and a table of its largest teams, long lists cut and counted.
 */
class LargePlanReportTest {

    @TempDir
    Path dir;

    @Test
    void tenThousandRolesGiveOverviewPagesNotHundreds() throws IOException {
        Design design = DesignGenerator.generate(new GeneratorSpec(10_000, 3, 3, 22, 2, 1, 40, true));
        Path out = dir.resolve("large.pdf");
        PlanReportExport.Result result = PlanReportExport.write(design, List.of(), null, ReportFormat.PDF, out,
                ExportProgress.NONE);
        int phases = design.scenarios().size() * design.phases().size();
        assertTrue(result.pages() <= 12 * phases + 10, result.pages() + " pages");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String all = String.join("\n", PdfPlanReportTest.pageTexts(pdf));
            assertTrue(all.contains("is too large to read on one page"));
            assertTrue(all.contains("Teams in " + design.phases().get(0).name()));
            assertTrue(all.contains("more"), "long lists are counted");
        }
    }
}
