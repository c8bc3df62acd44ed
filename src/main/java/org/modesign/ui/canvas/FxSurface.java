package org.modesign.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.Rgb;
import org.modesign.render.Surface;
import org.modesign.render.TextAlign;

/**
 * The chart's {@link Surface} on a JavaFX canvas. Colours and fonts are cached, since the painter
 * asks for the same few again and again; text widths are measured once per text and font. One
 * surface may draw on several canvases in turn ({@link #drawOn}), sharing the caches.
 */
public final class FxSurface implements Surface {

    private static final int WIDTH_CACHE_LIMIT = 50_000;

    private GraphicsContext gc;
    private final Map<Rgb, Color> colours = new HashMap<>();
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Map<FontSpec, Map<String, Double>> widths = new HashMap<>();
    private final Text measure = new Text();
    private Font currentFont;

    public FxSurface(GraphicsContext gc) {
        drawOn(gc);
    }

    /** Draws on {@code target} from now on, keeping the caches (one surface can serve many canvases). */
    public void drawOn(GraphicsContext target) {
        gc = target;
        gc.setTextBaseline(VPos.BASELINE);
        currentFont = null;
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
        currentFont = null;
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        gc.scale(factor, factor);
    }

    @Override
    public void setFill(Rgb colour) {
        gc.setFill(colour(colour));
    }

    @Override
    public void setStroke(Rgb colour) {
        gc.setStroke(colour(colour));
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setDash(Dash dash) {
        setDash(dash, 0);
    }

    @Override
    public void setDash(Dash dash, double offset) {
        if (dash.solid()) {
            gc.setLineDashes((double[]) null);
        } else {
            gc.setLineDashes(dash.on(), dash.off());
            gc.setLineDashOffset(offset);
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        gc.fillRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        gc.strokeRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        gc.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, TextAlign align) {
        Font f = font(font);
        if (f != currentFont) {
            gc.setFont(f);
            currentFont = f;
        }
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        Map<String, Double> cache = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double w = cache.get(text);
        if (w == null) {
            measure.setFont(font(font));
            measure.setText(text);
            w = measure.getLayoutBounds().getWidth();
            if (cache.size() > WIDTH_CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(text, w);
        }
        return w;
    }

    private Color colour(Rgb rgb) {
        return colours.computeIfAbsent(rgb, c -> Color.rgb(c.red(), c.green(), c.blue(), c.alpha()));
    }

    private Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> Font.font("System", s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.size()));
    }
}
