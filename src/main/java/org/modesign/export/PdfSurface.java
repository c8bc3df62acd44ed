package org.modesign.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.Rgb;
import org.modesign.render.Surface;
import org.modesign.render.TextAlign;

/**
 * The chart's {@link Surface} on the pages of a PDF (PDFBox): shapes become PDF paths, text stays
 * real PDF text (searchable, selectable) in the font {@link PdfFonts} picks. User units start as
 * points with the origin at the page's top-left corner and y growing downward, as on the other
 * surfaces. One surface draws page after page ({@link #startPage}), so measured widths are kept.
 * PDFBox's I/O errors surface as {@link UncheckedIOException}.
 */
final class PdfSurface implements Surface {

    /** Control-point distance of a quarter circle drawn as a cubic Bézier curve, per unit of radius. */
    private static final double KAPPA = 0.5522847498;

    private final PdfFonts fonts;
    private final Map<Double, PDExtendedGraphicsState> fillAlphas = new HashMap<>();
    private final Map<Double, PDExtendedGraphicsState> strokeAlphas = new HashMap<>();
    private final Map<FontSpec, Map<String, Double>> widths = new HashMap<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private PDPageContentStream out;
    private State state;

    PdfSurface(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Draws on a new page (or form) {@code pageHeight} points high from now on, in this surface's
     * units, until {@link #endPage()}.
     */
    void startPage(PDPageContentStream page, double pageHeight) {
        out = page;
        saved.clear();
        state = new State(Paint.INITIAL, Paint.INITIAL);
        run(() -> {
            out.saveGraphicsState();
            out.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight));
            out.setLineCapStyle(2);
            out.setLineJoinStyle(0);
            out.setLineWidth(1);
        });
    }

    /** Returns the page's content stream to PDF's own units (origin at the bottom left). */
    void endPage() {
        run(out::restoreGraphicsState);
    }

    @Override
    public void save() {
        run(out::saveGraphicsState);
        saved.push(state);
    }

    @Override
    public void restore() {
        run(out::restoreGraphicsState);
        state = saved.pop();
    }

    @Override
    public void translate(double dx, double dy) {
        run(() -> out.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    @Override
    public void scale(double factor) {
        run(() -> out.transform(Matrix.getScaleInstance((float) factor, (float) factor)));
    }

    /** From now on, until {@link #restore()}, draws only inside the rectangle (in user units). */
    void clip(double x, double y, double width, double height) {
        run(() -> {
            out.addRect((float) x, (float) y, (float) width, (float) height);
            out.clip();
        });
    }

    @Override
    public void setFill(Rgb colour) {
        state = new State(state.wanted().withFill(colour), state.applied());
    }

    @Override
    public void setStroke(Rgb colour) {
        state = new State(state.wanted().withStroke(colour), state.applied());
    }

    @Override
    public void setLineWidth(double width) {
        Paint wanted = state.wanted();
        state = new State(wanted.withLine(width, wanted.dash(), wanted.dashOffset()), state.applied());
    }

    @Override
    public void setDash(Dash dash) {
        setDash(dash, 0);
    }

    @Override
    public void setDash(Dash dash, double offset) {
        state = new State(state.wanted().withLine(state.wanted().width(), dash, offset), state.applied());
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        paint(true, () -> out.addRect((float) x, (float) y, (float) width, (float) height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        paint(false, () -> out.addRect((float) x, (float) y, (float) width, (float) height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        paint(true, () -> roundRect(x, y, width, height, radius));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        paint(false, () -> roundRect(x, y, width, height, radius));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        paint(false, () -> {
            out.moveTo((float) x1, (float) y1);
            out.lineTo((float) x2, (float) y2);
        });
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        if (n > 1) {
            paint(false, () -> polyline(xs, ys, n));
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n > 2) {
            paint(true, () -> {
                polyline(xs, ys, n);
                out.closePath();
            });
        }
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        paint(true, () -> ellipse(x + width / 2, y + height / 2, width / 2, height / 2));
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, TextAlign align) {
        if (text.isEmpty()) {
            return;
        }
        double shift = switch (align) {
            case LEFT -> 0;
            case CENTER -> textWidth(text, font) / 2;
            case RIGHT -> textWidth(text, font);
        };
        List<PdfFonts.Run> runs = fonts.runs(text, font.bold());
        run(() -> {
            applyFill();
            out.beginText();
            out.setTextMatrix(new Matrix(1, 0, 0, -1, (float) (x - shift), (float) y));
            for (PdfFonts.Run piece : runs) {
                out.setFont(piece.font(), (float) font.size());
                out.showText(piece.text());
            }
            out.endText();
        });
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        return widths.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(text, t -> fonts.width(t, font.bold(), font.size()));
    }

    /** Builds a path with {@code path}, then fills it in the fill colour or strokes it. */
    private void paint(boolean fill, IoAction path) {
        run(() -> {
            if (fill) {
                applyFill();
            } else {
                applyStroke();
            }
            path.run();
            if (fill) {
                out.fill();
            } else {
                out.stroke();
            }
        });
    }

    private void applyFill() throws IOException {
        Rgb wanted = state.wanted().fill();
        Rgb applied = state.applied().fill();
        if (!wanted.equals(applied)) {
            out.setNonStrokingColor(wanted.red() / 255f, wanted.green() / 255f, wanted.blue() / 255f);
            if (wanted.alpha() != applied.alpha()) {
                out.setGraphicsStateParameters(alpha(fillAlphas, wanted.alpha(), true));
            }
            state = new State(state.wanted(), state.applied().withFill(wanted));
        }
    }

    private void applyStroke() throws IOException {
        Paint wanted = state.wanted();
        Paint applied = state.applied();
        if (!wanted.stroke().equals(applied.stroke())) {
            Rgb c = wanted.stroke();
            out.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            if (c.alpha() != applied.stroke().alpha()) {
                out.setGraphicsStateParameters(alpha(strokeAlphas, c.alpha(), false));
            }
        }
        if (wanted.width() != applied.width()) {
            out.setLineWidth((float) wanted.width());
        }
        if (!wanted.dash().equals(applied.dash()) || wanted.dashOffset() != applied.dashOffset()) {
            Dash d = wanted.dash();
            float[] pattern = d.solid() ? new float[0] : new float[] {(float) d.on(), (float) d.off()};
            out.setLineDashPattern(pattern, (float) wanted.dashOffset());
        }
        state = new State(wanted, new Paint(applied.fill(), wanted.stroke(), wanted.width(), wanted.dash(),
                wanted.dashOffset()));
    }

    private PDExtendedGraphicsState alpha(Map<Double, PDExtendedGraphicsState> cache, double alpha, boolean fill) {
        return cache.computeIfAbsent(alpha, a -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            if (fill) {
                gs.setNonStrokingAlphaConstant(a.floatValue());
            } else {
                gs.setStrokingAlphaConstant(a.floatValue());
            }
            return gs;
        });
    }

    private void roundRect(double x, double y, double w, double h, double radius) throws IOException {
        double r = Math.max(0, Math.min(radius, Math.min(w, h) / 2));
        if (r == 0) {
            out.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double k = KAPPA * r;
        moveTo(x + r, y);
        lineTo(x + w - r, y);
        curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        lineTo(x + w, y + h - r);
        curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        lineTo(x + r, y + h);
        curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        lineTo(x, y + r);
        curveTo(x, y + r - k, x + r - k, y, x + r, y);
        out.closePath();
    }

    private void ellipse(double cx, double cy, double rx, double ry) throws IOException {
        double kx = KAPPA * rx;
        double ky = KAPPA * ry;
        moveTo(cx + rx, cy);
        curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        out.closePath();
    }

    private void polyline(double[] xs, double[] ys, int n) throws IOException {
        moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            lineTo(xs[i], ys[i]);
        }
    }

    private void moveTo(double x, double y) throws IOException {
        out.moveTo((float) x, (float) y);
    }

    private void lineTo(double x, double y) throws IOException {
        out.lineTo((float) x, (float) y);
    }

    private void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) throws IOException {
        out.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) x3, (float) y3);
    }

    private static void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A step of writing the page that may fail with an I/O error. */
    private interface IoAction {
        void run() throws IOException;
    }

    /** Colours, line width and dash: as the painter asked for them, or as the page has them in effect. */
    private record Paint(Rgb fill, Rgb stroke, double width, Dash dash, double dashOffset) {

        /** The PDF's initial state, with the line width this surface starts pages with. */
        static final Paint INITIAL = new Paint(Rgb.of(0), Rgb.of(0), 1, Dash.SOLID, 0);

        Paint withFill(Rgb colour) {
            return new Paint(colour, stroke, width, dash, dashOffset);
        }

        Paint withStroke(Rgb colour) {
            return new Paint(fill, colour, width, dash, dashOffset);
        }

        Paint withLine(double newWidth, Dash newDash, double newOffset) {
            return new Paint(fill, stroke, newWidth, newDash, newOffset);
        }
    }

    /**
     * What the painter asked for ({@code wanted}) and what the page's content has in effect
     * ({@code applied}); a change is written only before a shape needs it, so colours that do not
     * change are not written again. Saved and restored with the PDF's own graphics state.
     */
    private record State(Paint wanted, Paint applied) {
    }
}
