package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.render.ChartLabels;

/** Chinese titles survive every export; a PDF without a CJK font shows '?' and says so. */
class CjkExportTest {

    private final Design design = ExportFixtures.small();

    @Test
    void chineseSurvivesInCsvAndSvg() throws Exception {
        byte[] roles = render(new Exporter(), ExportFormat.ROLES_CSV).bytes();
        assertTrue(new String(roles, StandardCharsets.UTF_8).contains("市场经理,marketer,Martech 中心"));
        List<String> texts = ChartExportTest.svgTexts(render(new Exporter(), ExportFormat.SVG).bytes());
        assertTrue(texts.containsAll(List.of("市场经理", "Martech 中心", "Small 设计")), texts.toString());
    }

    /** Skipped (not failed) only on a machine with no CJK font that PDFBox can embed. */
    @Test
    void chineseIsRealTextInThePdfWhenTheSystemHasAFont() throws IOException {
        ExportOutput pdf = render(new Exporter(), ExportFormat.PDF);
        assumeTrue(pdf.result().warnings().isEmpty(), "no CJK font on this machine: " + pdf.result().warnings());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = ChartExportTest.text(document, 1);
            assertTrue(text.contains("市场经理") && text.contains("Martech 中心") && text.contains("Small 设计"), text);
        }
    }

    @Test
    void withoutACjkFontThePdfShowsQuestionMarksAndOneWarning() throws IOException {
        Exporter noCjk = new Exporter(ChartLabels.ENGLISH, ExportLabels.ENGLISH, new CjkFonts(List.of()));
        ExportOutput pdf = render(noCjk, ExportFormat.PDF);
        assertEquals(List.of(ExportLabels.ENGLISH.missingCjkFont()), pdf.result().warnings());
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = ChartExportTest.text(document, 1);
            assertTrue(text.contains("????") && text.contains("Martech ??"), text);
        }
    }

    private ExportOutput render(Exporter exporter, ExportFormat format) {
        return exporter.render(ExportRequest.of(format, design, design.scenarios().get(0)), ExportProgress.NONE);
    }
}
