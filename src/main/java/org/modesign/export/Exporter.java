package org.modesign.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modesign.format.AtomicSave;
import org.modesign.model.Scenario;
import org.modesign.render.ChartLabels;
import org.modesign.render.ChartScene;
import org.modesign.render.SvgSurface;
import org.modesign.stack.StackLabels;

/**
 * Exports a scenario as a picture of its chart or of its martech stack (PNG, SVG, PDF) or as a
 * table (CSV); the editor and the command line both come here. The chart and the stack are drawn
 * by the editor's own painters onto a surface for each format. Needs no display and never starts JavaFX. The file is written
 * atomically: a failed export leaves no half file, and an existing file stays as it was.
 *
 * <p>An exporter may serve several exports at a time; each gets painters of its own.
 */
public final class Exporter {

    private final ChartLabels chartLabels;
    private final ExportLabels labels;
    private final StackLabels stackLabels;
    private final CjkFonts cjkFonts;

    /** An exporter that writes English. */
    public Exporter() {
        this(ChartLabels.ENGLISH, ExportLabels.ENGLISH);
    }

    /** An exporter that labels the chart with {@code chartLabels}, pages with {@code labels}, the stack in English. */
    public Exporter(ChartLabels chartLabels, ExportLabels labels) {
        this(chartLabels, labels, StackLabels.ENGLISH);
    }

    /** An exporter that labels the chart with {@code chartLabels}, pages with {@code labels}, the stack with {@code stackLabels}. */
    public Exporter(ChartLabels chartLabels, ExportLabels labels, StackLabels stackLabels) {
        this(chartLabels, labels, stackLabels, CjkFonts.SYSTEM);
    }

    Exporter(ChartLabels chartLabels, ExportLabels labels, CjkFonts cjkFonts) {
        this(chartLabels, labels, StackLabels.ENGLISH, cjkFonts);
    }

    Exporter(ChartLabels chartLabels, ExportLabels labels, StackLabels stackLabels, CjkFonts cjkFonts) {
        this.chartLabels = chartLabels;
        this.labels = labels;
        this.stackLabels = stackLabels;
        this.cjkFonts = cjkFonts;
    }

    /** Exports to {@code out}, replacing it atomically. */
    public ExportResult export(ExportRequest request, Path out) throws IOException {
        return export(request, out, ExportProgress.NONE);
    }

    /** Exports to {@code out}, replacing it atomically, telling {@code progress} how far it has come. */
    public ExportResult export(ExportRequest request, Path out, ExportProgress progress) throws IOException {
        ExportOutput output = render(request, progress);
        AtomicSave.write(out, output.bytes());
        return output.result();
    }

    /** The bytes of the export, without writing them. */
    public ExportOutput render(ExportRequest request, ExportProgress progress) {
        return switch (request.format()) {
            case PNG, SVG, PDF -> chart(request, progress);
            case STACK_PNG, STACK_SVG, STACK_PDF -> stack(request, progress);
            case ROLES_CSV -> table(request, RolesCsv.table(request.design(), request.scenario(), request.phase()));
            case RACI_CSV -> table(request, RaciCsv.table(request.design(), request.scenario(), request.phase()));
            case FINDINGS_CSV -> table(request,
                    FindingsCsv.table(request.design(), request.scenario(), request.phase()));
            case METRICS_CSV -> table(request,
                    MetricsCsv.table(request.design(), request.scenario(), request.phase()));
            case STACK_CSV -> table(request, StackCsv.table(request.design(), request.scenario(), request.phase()));
            case HIRING_CSV -> table(request,
                    HiringCsv.table(request.design(), request.scenario(), request.phase()));
            case HIRES_CSV -> table(request, HiringCsv.hires(request.design(), request.scenario(), request.phase()));
        };
    }

    private ExportOutput stack(ExportRequest request, ExportProgress progress) {
        StackExport export = new StackExport(request, new SheetPainter(chartLabels), labels, stackLabels);
        progress.update(0, 1);
        ExportOutput output = switch (request.format()) {
            case STACK_PNG -> export.png(request, labels);
            case STACK_SVG -> export.svg(request);
            default -> export.pdf(request, labels, cjkFonts, progress);
        };
        progress.update(output.result().pages(), output.result().pages());
        return output;
    }

    private ExportOutput table(ExportRequest request, CsvWriter table) {
        byte[] bytes = table.toBytes();
        return new ExportOutput(bytes, new ExportResult(request.format(), 0, table.rows(), List.of()));
    }

    private ExportOutput chart(ExportRequest request, ExportProgress progress) {
        ChartScene scene = FoldedChart.scene(request);
        Scenario shown = ChartSubset.of(request.design(), request.scenario(), request.phase(), request.nodeIds());
        SheetTitle title = SheetTitle.of(request, shown, labels);
        SheetPainter painter = new SheetPainter(chartLabels);
        List<String> warnings = new ArrayList<>();
        byte[] bytes;
        int pages = 1;
        progress.update(0, 1);
        switch (request.format()) {
            case PNG -> {
                PngExport.Output png = PngExport.write(PngExport.sheet(scene, title, painter), request.scale());
                if (png.scale() < request.scale()) {
                    warnings.add(labels.imageReduced((int) Math.floor(100 * png.scale() / request.scale())));
                }
                bytes = png.bytes();
            }
            case SVG -> {
                SansSerifMetrics metrics = new SansSerifMetrics();
                ImageSheet sheet = new ImageSheet(scene, title, painter, new SvgSurface(0, 0, metrics));
                SvgSurface svg = new SvgSurface(sheet.width(), sheet.height(), metrics);
                sheet.paint(svg);
                bytes = svg.toSvg().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                PdfExport.Output pdf = new PdfExport(painter, labels, cjkFonts)
                        .write(scene, title, request.paper(), progress);
                if (pdf.missedCharacters()) {
                    warnings.add(labels.missingCjkFont());
                }
                bytes = pdf.bytes();
                pages = pdf.pages();
            }
        }
        progress.update(pages, pages);
        return new ExportOutput(bytes, new ExportResult(request.format(), pages, 0, warnings));
    }
}
