package org.modesign.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The horizontal and vertical pieces of many line routes, gathered by stroke and by the row or
 * column they lie on, so that pieces that overlap are stroked once, as their union. Siblings'
 * elbows share the run below their superior and the stub up to it; a chart of thousands of
 * cards would otherwise stroke the same pixels hundreds of times, and stroking is what costs
 * most on a software renderer. Dashes are laid from world coordinate 0 along the row or column,
 * so a dashed run looks the same whichever pieces it was merged from and wherever it is cut.
 * Pieces are moved (by less than half a pixel) so that their edges fall on the pixel grid of the
 * chart at its scale ({@code world / unit}), which is the screen's when the viewport starts on a
 * whole pixel: crisp rather than smeared over two rows, a row's pieces meet exactly, and every
 * viewport (or tile) that starts on a whole pixel puts a line on the very same pixels.
 */
final class LineRuns {

    /** How lines are stroked: colour, width and dash in world units. */
    record Style(Rgb colour, double width, Dash dash) {
    }

    /** A row ({@code horizontal}, at y = {@code at}) or a column (at x = {@code at}) of one style. */
    private record Track(Style style, boolean horizontal, double at) {
    }

    private final Map<Track, Intervals> tracks = new LinkedHashMap<>();
    private final double unit;

    /** Runs for a screen one pixel of which is {@code unit} world units wide. */
    LineRuns(double unit) {
        this.unit = unit;
    }

    /**
     * Adds the pieces of {@code route} in {@code style}; false (and nothing added) when one of its
     * segments is neither horizontal nor vertical, so that the caller strokes it as it is.
     */
    boolean add(LineRoute route, Style style) {
        for (int s = 0; s < route.segmentCount(); s++) {
            if (route.x(s) != route.x(s + 1) && route.y(s) != route.y(s + 1)) {
                return false;
            }
        }
        double half = style.width() / unit / 2;
        for (int s = 0; s < route.segmentCount(); s++) {
            boolean horizontal = route.y(s) == route.y(s + 1);
            double from = snap(horizontal ? route.x(s) : route.y(s), half);
            double to = snap(horizontal ? route.x(s + 1) : route.y(s + 1), half);
            double at = snap(horizontal ? route.y(s) : route.x(s), half);
            tracks.computeIfAbsent(new Track(style, horizontal, at), t -> new Intervals())
                    .add(Math.min(from, to), Math.max(from, to));
        }
        return true;
    }

    /**
     * Strokes the union of the pieces of each style, each cut to {@code area} grown by
     * {@code margin} line widths; leaves the surface's stroke, width and dash changed.
     */
    void stroke(Surface surface, Rect area, double margin) {
        for (Map.Entry<Track, Intervals> entry : tracks.entrySet()) {
            Track track = entry.getKey();
            Style style = track.style();
            Rect shown = area.expanded(margin * style.width());
            double low = track.horizontal() ? shown.x() : shown.y();
            double high = track.horizontal() ? shown.maxX() : shown.maxY();
            double across = track.horizontal() ? track.at() - shown.y() : track.at() - shown.x();
            if (across < 0 || across > (track.horizontal() ? shown.height() : shown.width())) {
                continue;
            }
            surface.setStroke(style.colour());
            surface.setLineWidth(style.width());
            double period = style.dash().on() + style.dash().off();
            Intervals runs = entry.getValue().merged();
            for (int k = 0; k < runs.size; k++) {
                double from = Math.max(low, runs.starts[k]);
                double to = Math.min(high, runs.ends[k]);
                if (from <= to) {
                    surface.setDash(style.dash(), period > 0 ? from - Math.floor(from / period) * period : 0);
                    if (track.horizontal()) {
                        surface.strokeLine(from, track.at(), to, track.at());
                    } else {
                        surface.strokeLine(track.at(), from, track.at(), to);
                    }
                }
            }
        }
    }

    /** World coordinate {@code c} moved so that a stroke centred on it, {@code half} pixels each side, starts on a pixel edge. */
    private double snap(double c, double half) {
        return (Math.round(c / unit - half) + half) * unit;
    }

    /** Closed intervals on a line, as added, until {@link #merged()} sorts and joins them. */
    private static final class Intervals {
        private double[] starts = new double[4];
        private double[] ends = new double[4];
        private int size;

        void add(double start, double end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, 2 * size);
                ends = Arrays.copyOf(ends, 2 * size);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        /** The union of these intervals: disjoint, ascending. */
        Intervals merged() {
            Integer[] order = new Integer[size];
            for (int k = 0; k < size; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Double.compare(starts[a], starts[b]));
            Intervals union = new Intervals();
            for (int k : order) {
                if (union.size > 0 && starts[k] <= union.ends[union.size - 1]) {
                    union.ends[union.size - 1] = Math.max(union.ends[union.size - 1], ends[k]);
                } else {
                    union.add(starts[k], ends[k]);
                }
            }
            return union;
        }
    }
}
