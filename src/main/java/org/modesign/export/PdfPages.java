package org.modesign.export;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.modesign.render.Surface;

/**
 * A PDF document drawn page by page through the chart's {@link Surface} (points, origin at the top
 * left, y downward), with the exports' fonts: Helvetica for Latin text, a system CJK font embedded
 * for Chinese ({@link PdfFonts}); with bookmarks to pages. For documents other than a chart's
 * export, such as the plan report. PDFBox's I/O errors surface as {@link UncheckedIOException}.
 */
public final class PdfPages implements Closeable {

    private final PDDocument document = new PDDocument();
    private final PdfFonts fonts;
    private final PdfSurface surface;
    private PDDocumentOutline outline;

    /** A document that finds its CJK font among the system's fonts. */
    public PdfPages() {
        this(CjkFonts.SYSTEM);
    }

    PdfPages(CjkFonts cjkFonts) {
        fonts = new PdfFonts(document, cjkFonts);
        surface = new PdfSurface(fonts);
    }

    /** The surface, for measuring text between pages (it draws only inside {@link #page}). */
    public Surface measure() {
        return surface;
    }

    /** Adds a page of {@code width × height} points with what {@code content} paints on it. */
    public void page(double width, double height, Consumer<Surface> content) {
        PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
        document.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
            surface.startPage(stream, height);
            content.accept(surface);
            surface.endPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of pages added. */
    public int pages() {
        return document.getNumberOfPages();
    }

    /** Adds a bookmark named {@code title} to page {@code page} (from 0) at the outline's top level. */
    public void bookmark(String title, int page) {
        if (outline == null) {
            outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
        }
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(page));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        outline.addLast(item);
    }

    /** Sets the document's title, shown by PDF viewers. */
    public void title(String title) {
        document.getDocumentInformation().setTitle(title);
    }

    /** Whether some characters were shown as '?' because no font with them was found. */
    public boolean missedCharacters() {
        return fonts.missedCharacters();
    }

    /** The document's bytes. */
    public byte[] bytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (document; fonts) {
            // both closed, the fonts first
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
