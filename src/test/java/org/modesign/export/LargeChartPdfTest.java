package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/** A chart too large for one page: an overview, then numbered pages of a grid. */
class LargeChartPdfTest {

    private static final Design DESIGN = ExportFixtures.generated(2000);
    private static final Scenario SCENARIO = DESIGN.scenarios().get(0);
    private static final List<int[]> PROGRESS = new ArrayList<>();
    private static ExportOutput pdf;

    @BeforeAll
    static void export() {
        pdf = new Exporter().render(ExportRequest.of(ExportFormat.PDF, DESIGN, SCENARIO),
                (done, total) -> PROGRESS.add(new int[] {done, total}));
    }

    @Test
    void splitsOverSeveralPagesAfterAnOverview() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 2, "several pages and the overview: " + pages);
            assertEquals(pages, pdf.result().pages());
            String overview = ChartExportTest.text(document, 1);
            assertTrue(overview.contains("Page 1 of " + pages + " \u2014 overview"), overview);
            Set<String> words = new HashSet<>(Arrays.asList(overview.split("\\s+")));
            for (int page = 2; page <= pages; page++) {
                assertTrue(words.contains(Integer.toString(page)), "tile " + page + " is numbered on the overview");
            }
            String second = ChartExportTest.text(document, 2);
            assertTrue(second.matches("(?s).*Page 2 of " + pages + " \u2014 row 1, column \\d+.*"), second);
            assertTrue(second.contains("Team lead") || second.contains("Marketing"), "cards at full detail");
        }
    }

    @Test
    void reportsProgressPageByPageUpToTheEnd() {
        int pages = pdf.result().pages();
        int[] last = PROGRESS.get(PROGRESS.size() - 1);
        assertEquals(pages, last[0]);
        assertEquals(pages, last[1]);
        for (int i = 1; i < PROGRESS.size(); i++) {
            assertTrue(PROGRESS.get(i)[0] >= PROGRESS.get(i - 1)[0], "progress only grows");
        }
    }
}
