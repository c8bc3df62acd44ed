package org.modesign.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.modesign.export.ExportProgress;
import org.modesign.format.AtomicSave;
import org.modesign.model.Design;
import org.modesign.model.Scenario;
import org.modesign.render.ChartLabels;
import org.modesign.render.KeyedChartLabels;
import org.modesign.text.Language;

/**
 * Writes the plan report of a design, as PDF or HTML, for the command line and the editor alike:
 * in the design's own language ({@link ReportLanguage}) unless told another, the chart labelled in
 * that language too. The file is written atomically.
 */
public final class PlanReportExport {

    /** What was written: the pages of a PDF (0 for HTML) and the warnings to show. */
    public record Result(ReportFormat format, int pages, List<String> warnings) {

        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private PlanReportExport() {
    }

    /**
     * Writes the report of {@code scenarios} (every scenario when empty) in {@code language} (the
     * design's own when null) to {@code out}, telling {@code progress} how far it has come.
     */
    public static Result write(Design design, List<Scenario> scenarios, Language language, ReportFormat format,
            Path out, ExportProgress progress) throws IOException {
        Objects.requireNonNull(format, "format");
        Language used = language == null ? ReportLanguage.of(design) : language;
        ReportWords words = ReportWords.of(design, used);
        ChartLabels labels = chartLabels(words);
        ReportDocument doc = ReportBuilder.build(design, scenarios.isEmpty() ? design.scenarios() : scenarios, words);
        List<String> warnings = new ArrayList<>();
        if (format == ReportFormat.HTML) {
            progress.update(0, 1);
            AtomicSave.write(out, new HtmlReport(labels).write(doc).getBytes(StandardCharsets.UTF_8));
            progress.update(1, 1);
            return new Result(format, 0, warnings);
        }
        PdfReport.Output pdf = new PdfReport(labels).write(doc, progress);
        AtomicSave.write(out, pdf.bytes());
        if (pdf.missedCharacters()) {
            warnings.add(words.get(ReportText.MISSING_FONT));
        }
        return new Result(format, pdf.pages(), warnings);
    }

    /** The chart's labels in the words' language, from the same bundle. */
    private static ChartLabels chartLabels(ReportWords words) {
        return new KeyedChartLabels(words::raw, words.language().locale());
    }
}
