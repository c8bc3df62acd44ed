package org.modesign.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.modesign.render.ChartScene;

/**
 * Writes the {@link ImageSheet} of a chart as a PNG at 1× or 2× (pixels per chart unit), through Java2D and
 * ImageIO, headless. An image of more than {@link #MAX_PIXELS} pixels (or wider or higher than
 * {@link #MAX_SIDE}) is drawn smaller, so that a huge chart cannot exhaust the memory.
 */
final class PngExport {

    /** The most pixels an image may have: 160 MB of memory while it is drawn. */
    static final double MAX_PIXELS = 40_000_000;
    /** The most pixels on either side. */
    static final double MAX_SIDE = 30_000;

    /** What was written, and at how many pixels per chart unit. */
    record Output(byte[] bytes, double scale) {
    }

    private PngExport() {
    }

    /** The sheet of {@code scene}, measured as it will be drawn. */
    static ImageSheet sheet(ChartScene scene, SheetTitle title, SheetPainter painter) {
        ensureHeadless();
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return new ImageSheet(scene, title, painter, new Java2dSurface(g));
        } finally {
            g.dispose();
        }
    }

    /** The scale an image of {@code sheet} gets when {@code wanted} is asked for. */
    static double scaleFor(ImageSheet sheet, double wanted) {
        return scaleFor(sheet.width(), sheet.height(), wanted);
    }

    /** The scale an image of {@code sheetWidth × sheetHeight} units gets when {@code wanted} is asked for. */
    static double scaleFor(double sheetWidth, double sheetHeight, double wanted) {
        double width = sheetWidth * wanted;
        double height = sheetHeight * wanted;
        double shrink = Math.min(1, Math.min(Math.sqrt(MAX_PIXELS / (width * height)),
                Math.min(MAX_SIDE / width, MAX_SIDE / height)));
        return wanted * shrink;
    }

    static Output write(ImageSheet sheet, int wanted) {
        double scale = scaleFor(sheet, wanted);
        BufferedImage image = new BufferedImage((int) Math.ceil(sheet.width() * scale),
                (int) Math.ceil(sheet.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dSurface surface = new Java2dSurface(g);
            surface.scale(scale);
            sheet.paint(surface);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Output(bytes.toByteArray(), scale);
    }

    /**
     * Makes Java2D run without a display unless the program chose otherwise: the command line
     * exports on machines with no screen, and the editor must not start AWT's windowing beside
     * JavaFX's. Takes effect only before AWT first starts.
     */
    static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
