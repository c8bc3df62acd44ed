package org.modesign.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.modesign.render.ChartScene;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.PaintOptions;
import org.modesign.render.Rect;
import org.modesign.render.TextAlign;
import org.modesign.render.Viewport;

/**
 * Writes a chart as a PDF, laid out by {@link PagePlan} on landscape pages framed by
 * {@link PageFrame}: one page when it reads well on one, else an overview page with the page grid
 * drawn over the whole chart and each tile numbered, then a page per tile. Every page carries the
 * header (with "Page 3 of 12 — row 1, column 3" when there are several) and the legend.
 */
final class PdfExport {

    /** What was written. */
    record Output(byte[] bytes, int pages, boolean missedCharacters) {
    }

    private final SheetPainter painter;
    private final ExportLabels labels;
    private final CjkFonts cjkFonts;

    PdfExport(SheetPainter painter, ExportLabels labels, CjkFonts cjkFonts) {
        this.painter = painter;
        this.labels = labels;
        this.cjkFonts = cjkFonts;
    }

    Output write(ChartScene scene, SheetTitle title, Paper paper, ExportProgress progress) {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document, cjkFonts)) {
            PdfSurface surface = new PdfSurface(fonts);
            PageFrame frame = new PageFrame(paper, painter.legendSize(surface));
            Rect area = frame.chartArea();
            PagePlan plan = PagePlan.of(scene.bounds(), area.width(), area.height(), r -> hasContent(scene, r));
            int pages = plan.pages();
            PDFormXObject legend = legend(document, surface, frame);
            if (plan.tiled()) {
                page(document, surface, frame, legend, title, labels.overview(pages),
                        s -> overview(s, scene, plan, area));
                progress.update(1, pages);
            }
            for (PagePlan.Tile tile : plan.tiles()) {
                String label = plan.tiled() ? labels.page(tile.page(), pages, tile.row() + 1, tile.column() + 1) : "";
                Viewport viewport = new Viewport(tile.world().x(), tile.world().y(), area.width(), area.height(),
                        plan.scale());
                page(document, surface, frame, legend, title, label, s -> {
                    s.clip(area.x(), area.y(), area.width(), area.height());
                    painter.chart(s, area, scene, viewport, SheetPainter.FULL);
                });
                progress.update(tile.page(), pages);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return new Output(bytes.toByteArray(), pages, fonts.missedCharacters());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a page with what {@code content} paints (it may clip), the header and the legend (drawn
     * once per document as a form that every page shows).
     */
    private void page(PDDocument document, PdfSurface surface, PageFrame frame, PDFormXObject legend,
            SheetTitle title, String label, Consumer<PdfSurface> content) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) frame.width(), (float) frame.height()));
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            surface.startPage(stream, frame.height());
            surface.save();
            content.accept(surface);
            surface.restore();
            painter.header(surface, PageFrame.MARGIN, PageFrame.MARGIN, frame.width() - 2 * PageFrame.MARGIN,
                    PageFrame.HEADER, title, label);
            surface.endPage();
            stream.drawForm(legend);
        }
    }

    /**
     * The legend as a page-sized form XObject (PDFBox draws forms through the appearance-stream
     * kind of form), placed where the frame puts it.
     */
    private PDFormXObject legend(PDDocument document, PdfSurface surface, PageFrame frame) throws IOException {
        PDAppearanceStream form = new PDAppearanceStream(document);
        form.setBBox(new PDRectangle((float) frame.width(), (float) frame.height()));
        form.setResources(new PDResources());
        try (PDPageContentStream stream = new PDPageContentStream(document, form)) {
            surface.startPage(stream, frame.height());
            painter.legend(surface, frame.legend().x(), frame.legend().y(), PageFrame.LEGEND_SCALE);
            surface.endPage();
        }
        return form;
    }

    /** The whole chart fitted to the area, with each tile outlined and numbered by its page. */
    private void overview(PdfSurface surface, ChartScene scene, PagePlan plan, Rect area) {
        Viewport viewport = Viewport.fit(plan.world(), area.width(), area.height(), 0, PagePlan.MAX_SCALE);
        surface.clip(area.x(), area.y(), area.width(), area.height());
        painter.chart(surface, area, scene, viewport, PaintOptions.DEFAULT);
        surface.setStroke(SheetPainter.THEME.selection());
        surface.setLineWidth(0.75);
        surface.setDash(Dash.SOLID);
        for (PagePlan.Tile tile : plan.tiles()) {
            double x = area.x() + viewport.toScreenX(tile.world().x());
            double y = area.y() + viewport.toScreenY(tile.world().y());
            double width = tile.world().width() * viewport.scale();
            double height = tile.world().height() * viewport.scale();
            surface.strokeRect(x, y, width, height);
            number(surface, Integer.toString(tile.page()), x + width / 2, y + height / 2, Math.min(width, height));
        }
    }

    /** A page number centred on a light plate, sized to the tile. */
    private static void number(PdfSurface surface, String text, double cx, double cy, double tileSize) {
        FontSpec font = new FontSpec(Math.max(6, Math.min(28, tileSize * 0.3)), true);
        double width = surface.textWidth(text, font) + font.size() * 0.6;
        double height = font.size() * 1.3;
        surface.setFill(SheetPainter.WHITE.withAlpha(0.85));
        surface.fillRoundRect(cx - width / 2, cy - height / 2, width, height, height / 4);
        surface.setFill(SheetPainter.THEME.selection());
        surface.text(text, cx, cy + 0.35 * font.size(), font, TextAlign.CENTER);
    }

    private static boolean hasContent(ChartScene scene, Rect area) {
        if (scene.nodesIn(area).length > 0) {
            return true;
        }
        boolean[] line = {false};
        scene.forEachLineIn(area, i -> line[0] = true);
        for (int k = 0; k < scene.folds().count() && !line[0]; k++) {
            line[0] = scene.rollUpCard(k).intersects(area);
        }
        return line[0];
    }
}
