package org.modesign.ui.fx;

import org.modesign.render.Rgb;

/**
 * Filled rectangles turned into pixels in Java, so that a canvas draws thousands of them as one
 * image: premultiplied ARGB, each pixel blended with the share of it a rectangle covers (edges
 * anti-aliased as the canvas's own shapes are), the rectangles over one another in order. Works
 * out the smallest area of whole pixels, within the canvas, that holds them, and paints them
 * into pixels of any area (one that {@link HeldPixels} shares with markers).
 */
final class RectRaster {

    private RectRaster() {
    }

    /**
     * The canvas pixels the first {@code n} rectangles cover, given in user units that map to
     * canvas pixels as {@code pixel = translation + scale * unit}, clipped to a canvas of
     * {@code canvasWidth x canvasHeight} pixels: {left, top, right, bottom} (right and bottom
     * exclusive), or null when none of them shows on it.
     */
    static int[] bounds(double[] xs, double[] ys, double[] widths, double[] heights, int n, double scale, double tx,
            double ty, int canvasWidth, int canvasHeight) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (widths[i] > 0 && heights[i] > 0) {
                minX = Math.min(minX, xs[i]);
                minY = Math.min(minY, ys[i]);
                maxX = Math.max(maxX, xs[i] + widths[i]);
                maxY = Math.max(maxY, ys[i] + heights[i]);
            }
        }
        int left = (int) Math.max(0, Math.floor(tx + scale * minX));
        int top = (int) Math.max(0, Math.floor(ty + scale * minY));
        int right = (int) Math.min(canvasWidth, Math.ceil(tx + scale * maxX));
        int bottom = (int) Math.min(canvasHeight, Math.ceil(ty + scale * maxY));
        if (!(right > left && bottom > top)) { // also false for NaN and when no rectangle has an area
            return null;
        }
        return new int[] {left, top, right, bottom};
    }

    /**
     * Blends the first {@code n} rectangles (mapped as for {@link #bounds}) in order over
     * {@code area}'s pixels, clipped to it.
     */
    static void paint(PixelArea area, double[] xs, double[] ys, double[] widths, double[] heights, Rgb[] colours,
            int n, double scale, double tx, double ty) {
        for (int i = 0; i < n; i++) {
            if (widths[i] > 0 && heights[i] > 0) {
                double x0 = tx + scale * xs[i] - area.left();
                double y0 = ty + scale * ys[i] - area.top();
                blend(area, Math.max(0, x0), Math.max(0, y0), Math.min(area.width(), x0 + scale * widths[i]),
                        Math.min(area.height(), y0 + scale * heights[i]), colours[i]);
            }
        }
    }

    /** Blends {@code colour} over the pixels of [x0, x1) × [y0, y1) (area pixels), by the share of each it covers. */
    private static void blend(PixelArea area, double x0, double y0, double x1, double y1, Rgb colour) {
        if (!(x1 > x0 && y1 > y0)) {
            return;
        }
        int[] pixels = area.pixels();
        int width = area.width();
        int firstCol = (int) x0;
        int lastCol = (int) Math.ceil(x1) - 1;
        int firstRow = (int) y0;
        int lastRow = (int) Math.ceil(y1) - 1;
        double alpha = colour.alpha();
        // Only the first and last column can be partly covered; the columns between are whole.
        double firstCover = Math.min(firstCol + 1, x1) - x0;
        double lastCover = x1 - Math.max(lastCol, x0);
        int solid = 0xFF000000 | colour.red() << 16 | colour.green() << 8 | colour.blue();
        for (int row = firstRow; row <= lastRow; row++) {
            double coverY = Math.min(row + 1, y1) - Math.max(row, y0);
            int at = row * width;
            if (firstCol == lastCol) {
                pixels[at + firstCol] = over(pixels[at + firstCol], colour, alpha * (coverY * (x1 - x0)));
                continue;
            }
            pixels[at + firstCol] = over(pixels[at + firstCol], colour, alpha * (coverY * firstCover));
            double middle = alpha * coverY;
            if ((int) (middle * 255 + 0.5) >= 255) {
                for (int col = firstCol + 1; col < lastCol; col++) {
                    pixels[at + col] = solid;
                }
            } else {
                for (int col = firstCol + 1; col < lastCol; col++) {
                    pixels[at + col] = over(pixels[at + col], colour, middle);
                }
            }
            pixels[at + lastCol] = over(pixels[at + lastCol], colour, alpha * (coverY * lastCover));
        }
    }

    /** {@code colour} at opacity {@code a} (0 to 1) over the premultiplied pixel {@code dst}. */
    static int over(int dst, Rgb colour, double a) {
        return over(dst, colour, (int) (a * 255 + 0.5));
    }

    /** {@code colour} at opacity {@code a8} (0 to 255) over the premultiplied pixel {@code dst}. */
    static int over(int dst, Rgb colour, int a8) {
        if (a8 >= 255) {
            return 0xFF000000 | colour.red() << 16 | colour.green() << 8 | colour.blue();
        }
        if (a8 <= 0) {
            return dst;
        }
        int keep = 255 - a8;
        int alpha = div255(255 * a8 + ((dst >>> 24) & 0xFF) * keep);
        int red = div255(colour.red() * a8 + ((dst >> 16) & 0xFF) * keep);
        int green = div255(colour.green() * a8 + ((dst >> 8) & 0xFF) * keep);
        int blue = div255(colour.blue() * a8 + (dst & 0xFF) * keep);
        return alpha << 24 | red << 16 | green << 8 | blue;
    }

    /** {@code x / 255} rounded, for {@code x} from 0 to 255 × 255. */
    private static int div255(int x) {
        int t = x + 128;
        return (t + (t >> 8)) >> 8;
    }
}
