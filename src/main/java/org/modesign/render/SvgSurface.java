package org.modesign.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;

/**
 * A {@link Surface} that writes an SVG document: shapes become SVG elements with the transform
 * applied to their coordinates, text stays {@code <text>} (searchable, selectable). SVG has no
 * font metrics of its own: text is measured by the function given (exports measure with a real
 * sans-serif font), else with the default estimate. For SVG export and for tests that read the
 * drawing back as XML.
 */
public final class SvgSurface implements Surface {

    private final double width;
    private final double height;
    private final ToDoubleBiFunction<String, FontSpec> measure;
    private final StringBuilder body = new StringBuilder();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(1, 0, 0, Rgb.of(0x000000), Rgb.of(0x000000), 1, Dash.SOLID, 0);

    /** An empty drawing of {@code width x height} user units that measures text with the default estimate. */
    public SvgSurface(double width, double height) {
        this(width, height, Surface::approximateTextWidth);
    }

    /** An empty drawing of {@code width x height} user units that measures text with {@code measure}. */
    public SvgSurface(double width, double height, ToDoubleBiFunction<String, FontSpec> measure) {
        this.width = width;
        this.height = height;
        this.measure = Objects.requireNonNull(measure, "measure");
    }

    /** The whole SVG document drawn so far. */
    public String toSvg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height)
                + "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\">\n" + body + "</svg>\n";
    }

    @Override
    public void save() {
        saved.push(state);
    }

    @Override
    public void restore() {
        state = saved.pop();
    }

    @Override
    public void translate(double dx, double dy) {
        state = state.with(state.scale, state.tx + state.scale * dx, state.ty + state.scale * dy);
    }

    @Override
    public void scale(double factor) {
        state = state.with(state.scale * factor, state.tx, state.ty);
    }

    @Override
    public void setFill(Rgb colour) {
        state = new State(state.scale, state.tx, state.ty, colour, state.stroke, state.lineWidth, state.dash,
                state.dashOffset);
    }

    @Override
    public void setStroke(Rgb colour) {
        state = new State(state.scale, state.tx, state.ty, state.fill, colour, state.lineWidth, state.dash,
                state.dashOffset);
    }

    @Override
    public void setLineWidth(double lineWidth) {
        state = new State(state.scale, state.tx, state.ty, state.fill, state.stroke, lineWidth, state.dash,
                state.dashOffset);
    }

    @Override
    public void setDash(Dash dash) {
        setDash(dash, 0);
    }

    @Override
    public void setDash(Dash dash, double offset) {
        state = new State(state.scale, state.tx, state.ty, state.fill, state.stroke, state.lineWidth, dash, offset);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, fill());
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, stroke());
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius) {
        rect(x, y, w, h, radius, fill());
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius) {
        rect(x, y, w, h, radius, stroke());
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(num(sx(x1))).append("\" y1=\"").append(num(sy(y1)))
                .append("\" x2=\"").append(num(sx(x2))).append("\" y2=\"").append(num(sy(y2))).append('"')
                .append(stroke()).append("/>\n");
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        body.append("<polyline points=\"").append(points(xs, ys, n)).append('"').append(stroke()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        body.append("<polygon points=\"").append(points(xs, ys, n)).append('"').append(fill()).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        body.append("<ellipse cx=\"").append(num(sx(x + w / 2))).append("\" cy=\"").append(num(sy(y + h / 2)))
                .append("\" rx=\"").append(num(w / 2 * state.scale)).append("\" ry=\"")
                .append(num(h / 2 * state.scale)).append('"').append(fill()).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, TextAlign align) {
        String anchor = switch (align) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        body.append("<text x=\"").append(num(sx(x))).append("\" y=\"").append(num(sy(y)))
                .append("\" font-family=\"sans-serif\" font-size=\"").append(num(font.size() * state.scale)).append('"')
                .append(font.bold() ? " font-weight=\"bold\"" : "").append(" text-anchor=\"").append(anchor).append('"')
                .append(fill()).append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return measure.applyAsDouble(text, font);
    }

    private void rect(double x, double y, double w, double h, double radius, String paint) {
        body.append("<rect x=\"").append(num(sx(x))).append("\" y=\"").append(num(sy(y))).append("\" width=\"")
                .append(num(w * state.scale)).append("\" height=\"").append(num(h * state.scale)).append('"');
        if (radius > 0) {
            String r = num(radius * state.scale);
            body.append(" rx=\"").append(r).append("\" ry=\"").append(r).append('"');
        }
        body.append(paint).append("/>\n");
    }

    private String fill() {
        return " fill=\"" + state.fill.hex() + '"' + opacity("fill-opacity", state.fill);
    }

    private String stroke() {
        StringBuilder sb = new StringBuilder(" fill=\"none\" stroke=\"").append(state.stroke.hex()).append('"')
                .append(opacity("stroke-opacity", state.stroke))
                .append(" stroke-width=\"").append(num(state.lineWidth * state.scale)).append('"')
                .append(" stroke-linecap=\"square\"");
        if (!state.dash.solid()) {
            sb.append(" stroke-dasharray=\"").append(num(state.dash.on() * state.scale)).append(' ')
                    .append(num(state.dash.off() * state.scale)).append('"');
            if (state.dashOffset != 0) {
                sb.append(" stroke-dashoffset=\"").append(num(state.dashOffset * state.scale)).append('"');
            }
        }
        return sb.toString();
    }

    private static String opacity(String attribute, Rgb colour) {
        return colour.alpha() < 1 ? " " + attribute + "=\"" + num(colour.alpha()) + '"' : "";
    }

    private String points(double[] xs, double[] ys, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(num(sx(xs[i]))).append(',').append(num(sy(ys[i])));
        }
        return sb.toString();
    }

    private double sx(double x) {
        return state.tx + state.scale * x;
    }

    private double sy(double y) {
        return state.ty + state.scale * y;
    }

    /** The number rounded to two decimals, without exponent or trailing zeros (written for every coordinate, so by hand). */
    static String num(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        StringBuilder sb = new StringBuilder(12);
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        long fraction = hundredths % 100;
        sb.append(hundredths / 100).append('.');
        if (fraction < 10) {
            sb.append('0').append(fraction);
        } else {
            sb.append(fraction % 10 == 0 ? fraction / 10 : fraction);
        }
        return sb.toString();
    }

    /**
     * {@code text} with XML's special characters escaped, characters XML forbids made spaces, and
     * unpaired surrogates made U+FFFD.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(' ');
                    } else if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                        sb.append('\uFFFD');
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** Everything {@link #save()} keeps. */
    private record State(double scale, double tx, double ty, Rgb fill, Rgb stroke, double lineWidth, Dash dash,
            double dashOffset) {
        State with(double newScale, double newTx, double newTy) {
            return new State(newScale, newTx, newTy, fill, stroke, lineWidth, dash, dashOffset);
        }
    }
}
