package org.modesign.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.Rgb;
import org.modesign.render.Surface;
import org.modesign.render.TextAlign;

/**
 * The chart's {@link Surface} on a Java2D {@link Graphics2D} (a PNG's image), antialiased, with
 * text in the logical "SansSerif" font measured for real. Runs headless (no window is opened).
 * Also clips, for pages cut from a larger chart.
 */
final class Java2dSurface implements Surface {

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<Rgb, Color> colours = new HashMap<>();
    private final SansSerifMetrics metrics = new SansSerifMetrics();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double lineWidth = 1;
    private Dash dash = Dash.SOLID;
    private double dashOffset;
    private boolean strokeStale = true;

    Java2dSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip(), fill, stroke, lineWidth, dash, dashOffset));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        g.setTransform(s.transform());
        g.setClip(s.clip());
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        dash = s.dash();
        dashOffset = s.dashOffset();
        strokeStale = true;
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
    }

    /** From now on, until {@link #restore()}, draws only inside the rectangle (in user units). */
    void clip(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void setFill(Rgb colour) {
        fill = colour(colour);
    }

    @Override
    public void setStroke(Rgb colour) {
        stroke = colour(colour);
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
        strokeStale = true;
    }

    @Override
    public void setDash(Dash newDash) {
        setDash(newDash, 0);
    }

    @Override
    public void setDash(Dash newDash, double offset) {
        dash = newDash;
        dashOffset = offset;
        strokeStale = true;
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        stroke(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        fill(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        stroke(new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroke(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        stroke(path(xs, ys, n, false));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        fill(path(xs, ys, n, true));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, TextAlign align) {
        double shift = switch (align) {
            case LEFT -> 0;
            case CENTER -> textWidth(text, font) / 2;
            case RIGHT -> textWidth(text, font);
        };
        g.setColor(fill);
        g.setFont(metrics.font(font));
        g.drawString(text, (float) (x - shift), (float) y);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return metrics.applyAsDouble(text, font);
    }

    private void fill(Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    private void stroke(Shape shape) {
        if (strokeStale) {
            float[] pattern = dash.solid() ? null : new float[] {(float) dash.on(), (float) dash.off()};
            g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f,
                    pattern, (float) dashOffset));
            strokeStale = false;
        }
        g.setColor(stroke);
        g.draw(shape);
    }

    private static Path2D path(double[] xs, double[] ys, int n, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n);
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                path.moveTo(xs[i], ys[i]);
            } else {
                path.lineTo(xs[i], ys[i]);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private Color colour(Rgb rgb) {
        return colours.computeIfAbsent(rgb,
                c -> new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255)));
    }

    /** Everything {@link #save()} keeps. */
    private record State(AffineTransform transform, Shape clip, Color fill, Color stroke, double lineWidth, Dash dash,
            double dashOffset) {
    }
}
