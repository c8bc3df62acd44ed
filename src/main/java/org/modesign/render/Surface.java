package org.modesign.render;

/**
 * Something the chart can be drawn on: a JavaFX canvas, a Java2D image, an SVG or a PDF page.
 * Small on purpose, so that each of them is a thin adapter; the chart's look lives in
 * {@link ChartPainter} and {@link LegendPainter}, once.
 *
 * <p>State works like JavaFX's {@code GraphicsContext} and Java2D's {@code Graphics2D}: the fill
 * colour, stroke colour, line width, dash and transform hold until changed, and
 * {@link #save()}/{@link #restore()} push and pop all of them. Text is filled with the fill
 * colour; its {@code y} is the baseline. Strokes have square caps and mitred corners, so that
 * pieces of a line stroked apart meet without a notch. Corner radii are radii (JavaFX and Java2D take arc
 * diameters: pass twice the radius). Line widths, dashes and font sizes are in user units, so they
 * scale with the transform.
 */
public interface Surface {

    /** Pushes the current state (colours, line width, dash, transform). */
    void save();

    /** Pops the state pushed by the matching {@link #save()}. */
    void restore();

    /** Moves the origin by ({@code dx}, {@code dy}) user units. */
    void translate(double dx, double dy);

    /** Multiplies user units by {@code factor} in both directions. */
    void scale(double factor);

    void setFill(Rgb colour);

    void setStroke(Rgb colour);

    void setLineWidth(double width);

    /** Strokes from now on follow {@code dash}; {@link Dash#SOLID} for unbroken lines. */
    void setDash(Dash dash);

    /**
     * Strokes from now on follow {@code dash}, each starting {@code offset} units into the pattern
     * (so pieces of one dashed line can be stroked apart and still line up). A surface that cannot
     * shift a pattern may start it afresh: the default ignores the offset.
     */
    default void setDash(Dash dash, double offset) {
        setDash(dash);
    }

    void fillRect(double x, double y, double width, double height);

    /**
     * Fills the first {@code n} rectangles ({@code xs[i]}, {@code ys[i]}, {@code widths[i]},
     * {@code heights[i]}), each in its colour {@code colours[i]}, in order, as {@code n} calls of
     * {@link #setFill} and {@link #fillRect} would, leaving the fill colour that of the last one:
     * for the thousands of small blocks of a zoomed-out chart, which a surface that pays per call
     * (a JavaFX canvas) fills in one go. This default fills them one by one.
     */
    default void fillRects(double[] xs, double[] ys, double[] widths, double[] heights, Rgb[] colours, int n) {
        Rgb current = null;
        for (int i = 0; i < n; i++) {
            if (!colours[i].equals(current)) {
                current = colours[i];
                setFill(current);
            }
            fillRect(xs[i], ys[i], widths[i], heights[i]);
        }
    }

    /**
     * Fills the first {@code n} markers of radius {@code radius}, marker {@code i} of shape
     * {@code shapes[i]} about ({@code cxs[i]}, {@code cys[i]}) in {@code colours[i]}, in order, as
     * {@link MarkerShape#fill} one by one would, leaving the fill colour that of the last one: for
     * the thousands of finding markers of a zoomed-out chart. This default fills them one by one.
     */
    default void fillMarkers(double[] cxs, double[] cys, MarkerShape[] shapes, Rgb[] colours, double radius, int n) {
        Rgb current = null;
        for (int i = 0; i < n; i++) {
            if (!colours[i].equals(current)) {
                current = colours[i];
                setFill(current);
            }
            shapes[i].fill(this, cxs[i], cys[i], radius);
        }
    }

    void strokeRect(double x, double y, double width, double height);

    void fillRoundRect(double x, double y, double width, double height, double radius);

    void strokeRoundRect(double x, double y, double width, double height, double radius);

    void strokeLine(double x1, double y1, double x2, double y2);

    /** Strokes the open path through the first {@code n} points. */
    void strokePolyline(double[] xs, double[] ys, int n);

    /** Fills the closed polygon of the first {@code n} points. */
    void fillPolygon(double[] xs, double[] ys, int n);

    /** Fills the ellipse inscribed in the rectangle. */
    void fillOval(double x, double y, double width, double height);

    /** Fills {@code text} in the fill colour with its baseline at {@code y}, aligned on {@code x}. */
    void text(String text, double x, double y, FontSpec font, TextAlign align);

    /**
     * The width {@code text} takes in {@code font}, in user units. Surfaces with real fonts measure;
     * this default is an estimate from the average width of a sans-serif letter.
     */
    default double textWidth(String text, FontSpec font) {
        return approximateTextWidth(text, font);
    }

    /** The estimate behind the default {@link #textWidth}: about 0.55 (bold 0.6) of the size per character. */
    static double approximateTextWidth(String text, FontSpec font) {
        return text.codePointCount(0, text.length()) * font.size() * (font.bold() ? 0.6 : 0.55);
    }
}
