package org.modesign.ui.export;

import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import org.modesign.model.Design;
import org.modesign.report.PlanReportExport;
import org.modesign.report.ReportFormat;
import org.modesign.ui.file.FileNames;

/**
 * The plan report of every scenario, written off the JavaFX thread in the design's own language;
 * its progress counts the PDF's pages.
 */
final class PlanReportJob extends Task<PlanReportExport.Result> {

    private final Design design;
    private final ReportFormat format;
    private final Path out;

    PlanReportJob(Design design, ReportFormat format, Path out) {
        this.design = design;
        this.format = format;
        this.out = out;
    }

    /** The report's file: a name ending in .html or .htm asks for HTML, any other name a PDF (.pdf added). */
    static Path target(Path chosen) {
        return ReportFormat.ofFileName(chosen.getFileName().toString()) == ReportFormat.HTML ? chosen
                : FileNames.withExtension(chosen, ".pdf");
    }

    @Override
    protected PlanReportExport.Result call() throws Exception {
        return PlanReportExport.write(design, List.of(), null, format, out, this::updateProgress);
    }
}
