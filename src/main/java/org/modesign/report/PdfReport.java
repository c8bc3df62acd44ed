package org.modesign.report;

import java.util.List;
import java.util.function.Consumer;
import org.modesign.export.ChartPicture;
import org.modesign.export.ExportProgress;
import org.modesign.export.PdfPages;
import org.modesign.render.ChartLabels;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.Surface;
import org.modesign.render.TextAlign;
import org.modesign.render.TextFitter;
import org.modesign.render.TextWrap;

/**
 * The report as a PDF on A4 landscape pages: the cover (title, subtitle, size, mission,
 * readiness), the table of contents with each section's page, then the sections as
 * {@link PdfFlow} laid them out. Every page but the cover carries the design's title and
 * "Page 3 of 12"; each level-1 section is a bookmark. Chinese text is set in a system CJK font.
 */
final class PdfReport {

    /** Written bytes, the page count, and whether characters were missed for want of a font. */
    record Output(byte[] bytes, int pages, boolean missedCharacters) {
    }

    private static final double TOC_LINE = 17;

    private final ChartLabels labels;
    private final TextFitter fitter = new TextFitter();

    PdfReport(ChartLabels labels) {
        this.labels = labels;
    }

    Output write(ReportDocument doc, ExportProgress progress) {
        return write(doc, new PdfPages(), progress);
    }

    Output write(ReportDocument doc, PdfPages pdf, ExportProgress progress) {
        try (pdf) {
            PdfFlow flow = new PdfFlow(pdf.measure(), new ChartPicture(labels));
            flow.layout(doc.sections());
            int perPage = (int) ((ReportPage.BODY_BOTTOM - ReportPage.BODY_TOP - 40) / TOC_LINE);
            int tocPages = Math.max(1, (doc.sections().size() + perPage - 1) / perPage);
            int first = 1 + tocPages;
            int total = first + flow.pages().size();
            pdf.title(doc.title());
            pdf.page(ReportPage.WIDTH, ReportPage.HEIGHT, s -> cover(s, doc));
            progress.update(1, total);
            for (int t = 0; t < tocPages; t++) {
                int from = t * perPage;
                int to = Math.min(doc.sections().size(), from + perPage);
                int number = 2 + t;
                pdf.page(ReportPage.WIDTH, ReportPage.HEIGHT, s -> {
                    frame(s, doc, number, total);
                    contents(s, doc, flow.sectionPages(), first, from, to);
                });
            }
            for (int i = 0; i < flow.pages().size(); i++) {
                List<Consumer<Surface>> steps = flow.pages().get(i);
                int number = first + i + 1;
                pdf.page(ReportPage.WIDTH, ReportPage.HEIGHT, s -> {
                    frame(s, doc, number, total);
                    steps.forEach(step -> step.accept(s));
                });
                progress.update(number, total);
            }
            for (int i = 0; i < doc.sections().size(); i++) {
                if (doc.sections().get(i).level() == 1) {
                    pdf.bookmark(doc.sections().get(i).title(), first + flow.sectionPages().get(i));
                }
            }
            return new Output(pdf.bytes(), total, pdf.missedCharacters());
        }
    }

    private void cover(Surface s, ReportDocument doc) {
        double x = ReportPage.MARGIN + 30;
        double width = ReportPage.BODY_WIDTH - 60;
        s.setFill(PdfStyle.ACCENT);
        s.fillRect(0, 0, ReportPage.WIDTH, 14);
        double y = 170;
        s.setFill(PdfStyle.TEXT);
        for (String line : TextWrap.wrap(doc.title(), PdfStyle.COVER_TITLE, width, 3, s::textWidth)) {
            s.text(line, x, y, PdfStyle.COVER_TITLE, TextAlign.LEFT);
            y += PdfStyle.leading(PdfStyle.COVER_TITLE);
        }
        y += 4;
        s.setFill(PdfStyle.ACCENT);
        s.text(doc.subtitle(), x, y, PdfStyle.COVER_SUBTITLE, TextAlign.LEFT);
        y += 22;
        s.setFill(PdfStyle.MUTED);
        s.text(doc.size(), x, y, PdfStyle.BODY, TextAlign.LEFT);
        y += 40;
        s.setStroke(PdfStyle.RULE);
        s.setLineWidth(1);
        s.setDash(Dash.SOLID);
        s.strokeLine(x, y - 20, x + width, y - 20);
        FontSpec mission = new FontSpec(13, false);
        s.setFill(PdfStyle.TEXT);
        for (String line : TextWrap.wrap(doc.mission(), mission, width, 6, s::textWidth)) {
            if (!line.isEmpty()) {
                s.text(line, x, y, mission, TextAlign.LEFT);
                y += PdfStyle.leading(mission);
            }
        }
        y += 14;
        s.setFill(PdfStyle.MUTED);
        for (String line : doc.readiness()) {
            s.text(fitter.fit(s, line, PdfStyle.BODY, width), x, y, PdfStyle.BODY, TextAlign.LEFT);
            y += PdfStyle.leading(PdfStyle.BODY);
        }
    }

    /** The band on every page but the cover: the title at the top, the page number at the foot. */
    private void frame(Surface s, ReportDocument doc, int number, int total) {
        String page = doc.words().get(ReportText.PAGE, number, total);
        double baseline = ReportPage.MARGIN + PdfStyle.PAGE.size();
        s.setFill(PdfStyle.MUTED);
        s.text(fitter.fit(s, doc.title(), PdfStyle.PAGE, ReportPage.BODY_WIDTH), ReportPage.MARGIN, baseline,
                PdfStyle.PAGE, TextAlign.LEFT);
        s.setStroke(PdfStyle.RULE);
        s.setLineWidth(0.5);
        s.setDash(Dash.SOLID);
        s.strokeLine(ReportPage.MARGIN, baseline + 5, ReportPage.WIDTH - ReportPage.MARGIN, baseline + 5);
        s.text(page, ReportPage.WIDTH / 2, ReportPage.HEIGHT - ReportPage.MARGIN + 6, PdfStyle.PAGE,
                TextAlign.CENTER);
    }

    private void contents(Surface s, ReportDocument doc, List<Integer> pages, int first, int from, int to) {
        double y = ReportPage.BODY_TOP + PdfStyle.HEADING_1.size();
        s.setFill(PdfStyle.TEXT);
        s.text(doc.words().get(ReportText.CONTENTS), ReportPage.MARGIN, y, PdfStyle.HEADING_1, TextAlign.LEFT);
        y += 30;
        double right = ReportPage.WIDTH - ReportPage.MARGIN;
        for (int i = from; i < to; i++) {
            ReportSection section = doc.sections().get(i);
            boolean top = section.level() == 1;
            FontSpec font = top ? new FontSpec(11, true) : PdfStyle.BODY;
            double x = ReportPage.MARGIN + (top ? 0 : 22);
            String page = doc.words().number(first + pages.get(i) + 1);
            double pageWidth = s.textWidth(page, font);
            String title = fitter.fit(s, section.title(), font, right - x - pageWidth - 40);
            s.setFill(PdfStyle.TEXT);
            s.text(title, x, y, font, TextAlign.LEFT);
            s.text(page, right, y, font, TextAlign.RIGHT);
            s.setStroke(PdfStyle.RULE);
            s.setLineWidth(0.5);
            s.setDash(new Dash(1, 2));
            s.strokeLine(x + s.textWidth(title, font) + 6, y, right - pageWidth - 6, y);
            y += TOC_LINE;
        }
    }
}
