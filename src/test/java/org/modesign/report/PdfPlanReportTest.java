package org.modesign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modesign.export.ExportProgress;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.text.Language;

/**
 * The PDF report of every sample holds every section, read back as text: the cover, the contents
 * (whose page numbers point at the pages that hold the sections), the charter, each scenario with
 * each phase and its parts, and the comparison; every page after the cover is numbered.
 */
class PdfPlanReportTest {

    @TempDir
    Path dir;

    static List<String> samples() {
        return ReportFixtures.SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleHasEverySectionOnNumberedPages(String sample) throws IOException {
        Design design = ReportFixtures.sample(sample);
        Path out = dir.resolve(sample + ".pdf");
        List<int[]> progress = new ArrayList<>();
        PlanReportExport.Result result = PlanReportExport.write(design, List.of(), null, ReportFormat.PDF, out,
                (done, total) -> progress.add(new int[] {done, total}));
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertEquals(result.pages(), pages);
            assertEquals(pages, progress.get(progress.size() - 1)[0], "the progress ends at the last page");
            List<String> texts = pageTexts(pdf);
            assertTrue(texts.get(0).contains(design.title().substring(0, 20)), texts.get(0));
            assertTrue(texts.get(0).contains("Transition plan for leadership"));
            for (int p = 1; p < pages; p++) {
                assertTrue(texts.get(p).contains("Page " + (p + 1) + " of " + pages), "page " + (p + 1));
            }
            String all = String.join("\n", texts);
            assertTrue(texts.get(1).contains("Contents"));
            for (String heading : List.of("Charter", "Mission", "Budget by phase", "Key figures", "Hires",
                    "Tool changes", "Findings that remain", "Comparison of the scenarios")) {
                assertTrue(all.contains(heading), heading);
            }
            for (Scenario scenario : design.scenarios()) {
                assertTrue(all.contains("Scenario: " + scenario.name()), scenario.name());
            }
            for (Phase phase : design.phases()) {
                assertTrue(all.contains("The chart in " + phase.name()), phase.name());
            }
            contentsPointAtTheirPages(texts);
            bookmarksPointAtTheirPages(pdf, texts);
        }
    }

    /** Each line of the contents ends in a page number, and that page holds the heading. */
    private static void contentsPointAtTheirPages(List<String> texts) {
        Pattern line = Pattern.compile("^(.+?) (\\d+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(texts.get(1).substring(texts.get(1).indexOf("Contents")));
        int entries = 0;
        while (m.find()) {
            String title = m.group(1).replace("\u2026", "").strip();
            int page = Integer.parseInt(m.group(2));
            assertTrue(texts.get(page - 1).contains(title), title + " on page " + page);
            entries++;
        }
        assertTrue(entries >= 3, "contents: " + texts.get(1));
    }

    private static void bookmarksPointAtTheirPages(PDDocument pdf, List<String> texts) throws IOException {
        int marks = 0;
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            int page = pdf.getPages().indexOf(item.findDestinationPage(pdf));
            assertTrue(texts.get(page).contains(item.getTitle()), item.getTitle());
            marks++;
        }
        assertTrue(marks >= 3);
    }

    static List<String> pageTexts(PDDocument pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            texts.add(stripper.getText(pdf));
        }
        return texts;
    }

    @Test
    void aChineseDesignGivesChineseHeadings() throws IOException {
        Design design = ReportFixtures.chinese(false);
        Path out = dir.resolve("zh.pdf");
        PlanReportExport.Result result = PlanReportExport.write(design, List.of(), null, ReportFormat.PDF, out,
                ExportProgress.NONE);
        assumeTrue(result.warnings().isEmpty(), "no CJK font on this machine: " + result.warnings());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String all = String.join("\n", pageTexts(pdf));
            for (String heading : List.of("目录", "章程", "使命", "各阶段预算", "关键数据", "招聘", "工具变化",
                    "尚存的检查结果", "方案比较", "全球营销运营转型", "第1阶段的组织图", "第 2 页，共")) {
                assertTrue(all.contains(heading), heading);
            }
            assertTrue(!all.contains("Key figures") && !all.contains("Contents"), "no English headings");
        }
    }

    @Test
    void aLanguageGivenOverridesTheDesigns() throws IOException {
        Path out = dir.resolve("tw.pdf");
        PlanReportExport.Result result = PlanReportExport.write(ReportFixtures.sample("mops-of-one"), List.of(),
                Language.TRADITIONAL_CHINESE, ReportFormat.PDF, out, ExportProgress.NONE);
        assumeTrue(result.warnings().isEmpty(), "no CJK font on this machine: " + result.warnings());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String all = String.join("\n", pageTexts(pdf));
            assertTrue(all.contains("關鍵數據") && all.contains("目錄"), all.substring(0, 300));
        }
    }

    @Test
    void aScenarioChosenIsTheOnlyOneReported() throws IOException {
        Design design = ReportFixtures.sample("central-vs-local-expression");
        Path out = dir.resolve("one.pdf");
        PlanReportExport.write(design, List.of(design.scenarios().get(1)), null, ReportFormat.PDF, out,
                ExportProgress.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String all = String.join("\n", pageTexts(pdf));
            assertTrue(all.contains("Scenario: " + design.scenarios().get(1).name()));
            assertTrue(!all.contains("Scenario: " + design.scenarios().get(0).name()));
            assertTrue(all.contains("The design has one scenario, so there is nothing to compare."));
        }
        assertTrue(Files.size(out) > 0);
    }
}
