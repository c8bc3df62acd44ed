package org.modesign.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.Rect;
import org.modesign.render.StackPainter;
import org.modesign.render.StackScene;
import org.modesign.render.Surface;
import org.modesign.render.SvgSurface;
import org.modesign.render.TextAlign;
import org.modesign.render.TextMeasure;
import org.modesign.render.Viewport;
import org.modesign.stack.StackLabels;
import org.modesign.stack.StackLandscape;

/**
 * The martech stack of a scenario at a phase as a picture: the landscape of {@link StackLandscape}
 * drawn by the editor's own {@link StackPainter} under the header of every export. PNG and SVG are
 * one sheet at the landscape's own size; a PDF puts it on one landscape page when it reads well
 * there, else on several (an overview, then a page per tile: {@link PagePlan}), each tile with the
 * region and layer headings in view. Not thread-safe: one per export.
 */
final class StackExport {

    static final double MARGIN = ImageSheet.MARGIN;
    static final double PAD = 12;

    private final SheetPainter sheet;
    private final StackPainter painter = new StackPainter(SheetPainter.THEME);
    private final StackLandscape landscape;
    private final SheetTitle title;

    StackExport(ExportRequest request, SheetPainter sheet, ExportLabels labels, StackLabels stackLabels) {
        this.sheet = sheet;
        String phase = request.phase() == null ? null : request.phase().id();
        landscape = StackLandscape.validated(request.design(), request.scenario(), phase, stackLabels);
        SheetTitle plain = SheetTitle.of(request, request.scenario(), labels);
        title = new SheetTitle(plain.title(), plain.subtitle() + " \u00b7 " + stackLabels.sheetTitle());
    }

    /** The sheet's size around {@code scene}: the header (its words whole, as {@code measure} measures them), then the landscape. */
    private Rect sheetSize(StackScene scene, TextMeasure measure) {
        double header = Math.max(measure.width(title.title(), ImageSheet.HEADER.title()),
                measure.width(title.subtitle(), ImageSheet.HEADER.subtitle()));
        double width = Math.max(Math.max(ImageSheet.MIN_CHART_WIDTH, header), scene.bounds().width() + 2 * PAD)
                + 2 * MARGIN;
        double height = MARGIN + ImageSheet.HEADER.height() + ImageSheet.GAP / 2 + scene.bounds().height() + 2 * PAD
                + MARGIN;
        return new Rect(0, 0, Math.ceil(width), Math.ceil(height));
    }

    /** Paints the header and the whole landscape onto a sheet of {@link #sheetSize}. */
    private void paintSheet(Surface surface, StackScene scene, Rect size) {
        sheet.background(surface, size.width(), size.height());
        sheet.header(surface, MARGIN, MARGIN, size.width() - 2 * MARGIN, ImageSheet.HEADER, title, "");
        Rect bounds = scene.bounds().expanded(PAD);
        surface.save();
        surface.translate(MARGIN, MARGIN + ImageSheet.HEADER.height() + ImageSheet.GAP / 2);
        painter.paint(surface, scene, new Viewport(bounds.x(), bounds.y(), bounds.width(), bounds.height(), 1), -1);
        surface.restore();
    }

    ExportOutput png(ExportRequest request, ExportLabels labels) {
        PngExport.ensureHeadless();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measuring = scratch.createGraphics();
        StackScene scene;
        Rect size;
        try {
            TextMeasure measure = new Java2dSurface(measuring)::textWidth;
            scene = landscape.layout(measure);
            size = sheetSize(scene, measure);
        } finally {
            measuring.dispose();
        }
        double scale = PngExport.scaleFor(size.width(), size.height(), request.scale());
        BufferedImage image = new BufferedImage((int) Math.ceil(size.width() * scale),
                (int) Math.ceil(size.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dSurface surface = new Java2dSurface(g);
            surface.scale(scale);
            paintSheet(surface, scene, size);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> warnings = scale < request.scale()
                ? List.of(labels.imageReduced((int) Math.floor(100 * scale / request.scale()))) : List.of();
        return new ExportOutput(bytes.toByteArray(), new ExportResult(request.format(), 1, 0, warnings));
    }

    ExportOutput svg(ExportRequest request) {
        StackScene scene = landscape.layout(TextMeasure.APPROXIMATE);
        Rect size = sheetSize(scene, TextMeasure.APPROXIMATE);
        SvgSurface svg = new SvgSurface(size.width(), size.height());
        paintSheet(svg, scene, size);
        return new ExportOutput(svg.toSvg().getBytes(StandardCharsets.UTF_8),
                new ExportResult(request.format(), 1, 0, List.of()));
    }

    ExportOutput pdf(ExportRequest request, ExportLabels labels, CjkFonts cjkFonts, ExportProgress progress) {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document, cjkFonts)) {
            PdfSurface surface = new PdfSurface(fonts);
            StackScene scene = landscape.layout(surface::textWidth);
            Paper paper = request.paper();
            double top = PageFrame.MARGIN + PageFrame.HEADER.height() + PageFrame.GAP;
            Rect area = new Rect(PageFrame.MARGIN, top, paper.width() - 2 * PageFrame.MARGIN,
                    paper.height() - PageFrame.MARGIN - top);
            PagePlan plan = PagePlan.of(scene.bounds(), area.width(), area.height(), r -> true);
            int pages = plan.pages();
            if (plan.tiled()) {
                page(document, surface, paper, labels.overview(pages), s -> overview(s, scene, plan, area));
                progress.update(1, pages);
            }
            for (PagePlan.Tile tile : plan.tiles()) {
                String label = plan.tiled() ? labels.page(tile.page(), pages, tile.row() + 1, tile.column() + 1) : "";
                Viewport viewport = new Viewport(tile.world().x(), tile.world().y(), area.width(), area.height(),
                        plan.scale());
                page(document, surface, paper, label, s -> {
                    s.clip(area.x(), area.y(), area.width(), area.height());
                    s.translate(area.x(), area.y());
                    painter.paint(s, scene, viewport, -1);
                });
                progress.update(tile.page(), pages);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            List<String> warnings = fonts.missedCharacters() ? List.of(labels.missingCjkFont()) : List.of();
            return new ExportOutput(bytes.toByteArray(), new ExportResult(request.format(), pages, 0, warnings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(PDDocument document, PdfSurface surface, Paper paper, String label,
            Consumer<PdfSurface> content) throws IOException {
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            surface.startPage(stream, paper.height());
            sheet.background(surface, paper.width(), paper.height());
            surface.save();
            content.accept(surface);
            surface.restore();
            sheet.header(surface, PageFrame.MARGIN, PageFrame.MARGIN, paper.width() - 2 * PageFrame.MARGIN,
                    PageFrame.HEADER, title, label);
            surface.endPage();
        }
    }

    /** The whole landscape fitted to the area, each page's tile outlined and numbered. */
    private void overview(PdfSurface surface, StackScene scene, PagePlan plan, Rect area) {
        Viewport viewport = Viewport.fit(plan.world(), area.width(), area.height(), 0, PagePlan.MAX_SCALE);
        surface.clip(area.x(), area.y(), area.width(), area.height());
        surface.save();
        surface.translate(area.x(), area.y());
        painter.paint(surface, scene, viewport, -1);
        surface.restore();
        surface.setStroke(SheetPainter.THEME.selection());
        surface.setLineWidth(0.75);
        surface.setDash(Dash.SOLID);
        for (PagePlan.Tile tile : plan.tiles()) {
            double x = area.x() + viewport.toScreenX(tile.world().x());
            double y = area.y() + viewport.toScreenY(tile.world().y());
            double width = tile.world().width() * viewport.scale();
            double height = tile.world().height() * viewport.scale();
            surface.strokeRect(x, y, width, height);
            FontSpec font = new FontSpec(Math.max(6, Math.min(28, Math.min(width, height) * 0.3)), true);
            surface.setFill(SheetPainter.WHITE.withAlpha(0.85));
            double plate = surface.textWidth(Integer.toString(tile.page()), font) + font.size() * 0.6;
            surface.fillRoundRect(x + width / 2 - plate / 2, y + height / 2 - font.size() * 0.65, plate,
                    font.size() * 1.3, font.size() / 4);
            surface.setFill(SheetPainter.THEME.selection());
            surface.text(Integer.toString(tile.page()), x + width / 2, y + height / 2 + 0.35 * font.size(), font,
                    TextAlign.CENTER);
        }
    }
}
