package org.modesign.render;

import java.util.Arrays;

/**
 * Filled rectangles, each with its colour, gathered to be drawn with one
 * {@link Surface#fillRects} call in the order they were added: zoomed out, a chart's cards are
 * thousands of small blocks.
 */
final class RectBatch {

    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private double[] widths = new double[64];
    private double[] heights = new double[64];
    private Rgb[] colours = new Rgb[64];
    private int size;

    void add(double x, double y, double width, double height, Rgb colour) {
        if (size == xs.length) {
            int capacity = 2 * size;
            xs = Arrays.copyOf(xs, capacity);
            ys = Arrays.copyOf(ys, capacity);
            widths = Arrays.copyOf(widths, capacity);
            heights = Arrays.copyOf(heights, capacity);
            colours = Arrays.copyOf(colours, capacity);
        }
        xs[size] = x;
        ys[size] = y;
        widths[size] = width;
        heights[size] = height;
        colours[size] = colour;
        size++;
    }

    int size() {
        return size;
    }

    /** Fills the rectangles gathered, in order (none: no call). */
    void fill(Surface surface) {
        if (size > 0) {
            surface.fillRects(xs, ys, widths, heights, colours, size);
        }
    }
}
