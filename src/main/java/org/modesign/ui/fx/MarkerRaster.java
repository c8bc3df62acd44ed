package org.modesign.ui.fx;

import java.util.EnumMap;
import java.util.Map;
import org.modesign.render.MarkerShape;
import org.modesign.render.Rgb;

/**
 * Markers of one radius turned into pixels in Java, so that a canvas draws thousands of them as
 * one image (premultiplied ARGB, in order, over one another). Each shape's coverage of the pixels
 * around it is worked out once per radius and quarter-pixel position of its centre, from 4×4
 * samples a pixel (anti-aliased edges as the canvas's own shapes have), then stamped; a centre is
 * placed to a quarter of a pixel. Works out the smallest area of whole pixels, within the canvas,
 * that holds the markers, and paints them into pixels of any area (one that {@link HeldPixels}
 * shares with blocks).
 */
final class MarkerRaster {

    /** Positions of a centre within a pixel, and samples across a pixel. */
    private static final int STEPS = 4;

    /** The coverage masks for {@link #maskRadius}: per shape, per quarter-pixel position (y * STEPS + x). */
    private final Map<MarkerShape, float[][]> masks = new EnumMap<>(MarkerShape.class);
    /** The same coverage as an opaque colour's opacity from 0 to 255 (as {@link RectRaster#over} rounds it). */
    private final Map<MarkerShape, int[][]> opacities = new EnumMap<>(MarkerShape.class);
    private double maskRadius = Double.NaN;
    /** Side of a mask in pixels: the pixels a marker's centre's own pixel and {@link #reach} around it. */
    private int side;
    private int reach;

    /**
     * The canvas pixels the first {@code n} markers cover (centres in user units that map to
     * canvas pixels as {@code pixel = translation + scale * unit}, radius {@code radius} user
     * units), clipped to a canvas of {@code canvasWidth x canvasHeight} pixels: {left, top, right,
     * bottom} (right and bottom exclusive), or null when none shows on it.
     */
    int[] bounds(double[] cxs, double[] cys, double radius, int n, double scale, double tx, double ty, int canvasWidth,
            int canvasHeight) {
        double r = radius * scale;
        if (!(r > 0) || n == 0) {
            return null;
        }
        prepareMasks(r);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, cxs[i]);
            minY = Math.min(minY, cys[i]);
            maxX = Math.max(maxX, cxs[i]);
            maxY = Math.max(maxY, cys[i]);
        }
        int left = (int) Math.max(0, Math.floor(tx + scale * minX) - reach);
        int top = (int) Math.max(0, Math.floor(ty + scale * minY) - reach);
        int right = (int) Math.min(canvasWidth, Math.floor(tx + scale * maxX) + reach + 2);
        int bottom = (int) Math.min(canvasHeight, Math.floor(ty + scale * maxY) + reach + 2);
        if (!(right > left && bottom > top)) {
            return null;
        }
        return new int[] {left, top, right, bottom};
    }

    /**
     * Stamps the first {@code n} markers (mapped as for {@link #bounds}) in order over
     * {@code area}'s pixels, clipped to it.
     */
    void paint(PixelArea area, double[] cxs, double[] cys, MarkerShape[] shapes, Rgb[] colours, double radius, int n,
            double scale, double tx, double ty) {
        double r = radius * scale;
        if (!(r > 0)) {
            return;
        }
        prepareMasks(r);
        int right = area.left() + area.width();
        int bottom = area.top() + area.height();
        for (int i = 0; i < n; i++) {
            double px = tx + scale * cxs[i];
            double py = ty + scale * cys[i];
            if (!(px > area.left() - reach - 1 && py > area.top() - reach - 1 && px < right + reach + 1
                    && py < bottom + reach + 1)) {
                continue;
            }
            long qx = Math.round(px * STEPS);
            long qy = Math.round(py * STEPS);
            int col = (int) Math.floorDiv(qx, STEPS);
            int row = (int) Math.floorDiv(qy, STEPS);
            int position = (int) Math.floorMod(qy, STEPS) * STEPS + (int) Math.floorMod(qx, STEPS);
            stamp(area, masks.get(shapes[i])[position], opacities.get(shapes[i])[position], col - reach - area.left(),
                    row - reach - area.top(), colours[i]);
        }
    }

    private void stamp(PixelArea area, float[] mask, int[] opacity, int x0, int y0, Rgb colour) {
        int[] pixels = area.pixels();
        int width = area.width();
        int firstRow = Math.max(0, -y0);
        int endRow = Math.min(side, area.height() - y0);
        int firstCol = Math.max(0, -x0);
        int endCol = Math.min(side, width - x0);
        double alpha = colour.alpha();
        if (alpha == 1) { // opaque: each pixel's opacity is its mask's, worked out once (as over() rounds it)
            for (int j = firstRow; j < endRow; j++) {
                int at = (y0 + j) * width + x0;
                for (int i = firstCol; i < endCol; i++) {
                    int a8 = opacity[j * side + i];
                    if (a8 > 0) {
                        pixels[at + i] = RectRaster.over(pixels[at + i], colour, a8);
                    }
                }
            }
            return;
        }
        for (int j = firstRow; j < endRow; j++) {
            int at = (y0 + j) * width + x0;
            for (int i = firstCol; i < endCol; i++) {
                float cover = mask[j * side + i];
                if (cover > 0) {
                    pixels[at + i] = RectRaster.over(pixels[at + i], colour, alpha * cover);
                }
            }
        }
    }

    /** Works the masks out for radius {@code r} pixels, unless they are for it already. */
    private void prepareMasks(double r) {
        if (r == maskRadius) {
            return;
        }
        maskRadius = r;
        reach = (int) Math.ceil(MarkerShape.TRIANGLE_HALF * r) + 1;
        side = 2 * reach + 1;
        for (MarkerShape shape : MarkerShape.values()) {
            float[][] byPosition = new float[STEPS * STEPS][];
            int[][] opacityByPosition = new int[STEPS * STEPS][];
            for (int fy = 0; fy < STEPS; fy++) {
                for (int fx = 0; fx < STEPS; fx++) {
                    float[] mask = mask(shape, r, reach + (double) fx / STEPS, reach + (double) fy / STEPS);
                    byPosition[fy * STEPS + fx] = mask;
                    int[] opacity = new int[mask.length];
                    for (int k = 0; k < mask.length; k++) {
                        opacity[k] = (int) (1.0 * mask[k] * 255 + 0.5);
                    }
                    opacityByPosition[fy * STEPS + fx] = opacity;
                }
            }
            masks.put(shape, byPosition);
            opacities.put(shape, opacityByPosition);
        }
    }

    /** The share of each pixel of a {@link #side}-square that {@code shape} about ({@code cx}, {@code cy}) covers. */
    private float[] mask(MarkerShape shape, double r, double cx, double cy) {
        float[] mask = new float[side * side];
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                int inside = 0;
                for (int sy = 0; sy < STEPS; sy++) {
                    for (int sx = 0; sx < STEPS; sx++) {
                        double x = i + (sx + 0.5) / STEPS;
                        double y = j + (sy + 0.5) / STEPS;
                        inside += shape.contains(x - cx, y - cy, r) ? 1 : 0;
                    }
                }
                mask[j * side + i] = (float) inside / (STEPS * STEPS);
            }
        }
        return mask;
    }
}
