package org.modesign.ui.fx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modesign.render.MarkerShape;
import org.modesign.render.Rgb;

/**
 * The blocks and markers drawn on a canvas since it last drew anything else, held back so that
 * they become the pixels of ONE image: the software renderer pays for each image it composites
 * about by its size, and blocks and markers each cover most of a zoomed-out chart. Holds copies
 * of what it is given, in order, with the canvas pixels each covers; {@link #take} turns them
 * into pixels of the smallest area that holds them all, in a new array (the canvas draws the image
 * that wraps it only at the next pulse, and a pulse may paint several canvases).
 */
final class HeldPixels {

    /** Paints one held batch into an area. */
    private interface Held {
        void paint(PixelArea area);
    }

    private final MarkerRaster markers = new MarkerRaster();
    private final List<Held> held = new ArrayList<>();
    private int left = Integer.MAX_VALUE;
    private int top = Integer.MAX_VALUE;
    private int right = Integer.MIN_VALUE;
    private int bottom = Integer.MIN_VALUE;

    /** Holds the first {@code n} rectangles, as {@link RectRaster} maps them; false when none shows. */
    boolean holdRects(double[] xs, double[] ys, double[] widths, double[] heights, Rgb[] colours, int n,
            double scale, double tx, double ty, int canvasWidth, int canvasHeight) {
        int[] covered = RectRaster.bounds(xs, ys, widths, heights, n, scale, tx, ty, canvasWidth, canvasHeight);
        if (covered == null) {
            return false;
        }
        double[] x = Arrays.copyOf(xs, n);
        double[] y = Arrays.copyOf(ys, n);
        double[] w = Arrays.copyOf(widths, n);
        double[] h = Arrays.copyOf(heights, n);
        Rgb[] c = Arrays.copyOf(colours, n);
        held.add(area -> RectRaster.paint(area, x, y, w, h, c, n, scale, tx, ty));
        include(covered);
        return true;
    }

    /** Holds the first {@code n} markers, as {@link MarkerRaster} maps them; false when none shows. */
    boolean holdMarkers(double[] cxs, double[] cys, MarkerShape[] shapes, Rgb[] colours, double radius, int n,
            double scale, double tx, double ty, int canvasWidth, int canvasHeight) {
        int[] covered = markers.bounds(cxs, cys, radius, n, scale, tx, ty, canvasWidth, canvasHeight);
        if (covered == null) {
            return false;
        }
        double[] x = Arrays.copyOf(cxs, n);
        double[] y = Arrays.copyOf(cys, n);
        MarkerShape[] s = Arrays.copyOf(shapes, n);
        Rgb[] c = Arrays.copyOf(colours, n);
        held.add(area -> markers.paint(area, x, y, s, c, radius, n, scale, tx, ty));
        include(covered);
        return true;
    }

    private void include(int[] covered) {
        left = Math.min(left, covered[0]);
        top = Math.min(top, covered[1]);
        right = Math.max(right, covered[2]);
        bottom = Math.max(bottom, covered[3]);
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    /**
     * What is held, painted in order into a new area just big enough for it; null when nothing is
     * held. Holds nothing afterwards.
     */
    PixelArea take() {
        if (held.isEmpty()) {
            return null;
        }
        int width = right - left;
        int height = bottom - top;
        PixelArea area = new PixelArea(new int[width * height], left, top, width, height);
        for (Held batch : held) {
            batch.paint(area);
        }
        held.clear();
        left = Integer.MAX_VALUE;
        top = Integer.MAX_VALUE;
        right = Integer.MIN_VALUE;
        bottom = Integer.MIN_VALUE;
        return area;
    }
}
