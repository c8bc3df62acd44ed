package org.modesign.ui.fx;

import java.nio.IntBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.modesign.render.Dash;
import org.modesign.render.FontSpec;
import org.modesign.render.MarkerShape;
import org.modesign.render.Rgb;
import org.modesign.render.Surface;
import org.modesign.render.TextAlign;

/**
 * The chart's {@link Surface} on a JavaFX canvas. Colours and fonts are cached, since the painter
 * asks for the same few again and again; text widths are measured once per text and font. One
 * surface may draw on several canvases in turn ({@link #drawOn}), sharing the caches.
 *
 * <p>Text is drawn unscaled, in a font of the size it has on screen (to a quarter pixel): JavaFX's
 * software renderer draws the glyphs of scaled text as shapes, several times dearer than the
 * glyph images it draws otherwise. So the surface follows its scale and translation itself;
 * it expects a canvas's transform to be the identity, or a scale and a translation, when it
 * starts to draw on it, and allows no other changes to it meanwhile.
 *
 * <p>Text with Chinese (or Japanese, Korean) characters is drawn in the family
 * {@link CanvasFonts} gives, other text in the system font.
 *
 * <p>Blocks ({@link #fillRects}) and markers ({@link #fillMarkers}) are held back and drawn as one
 * image when the surface next draws anything else, when the outermost {@link #restore()} ends a
 * paint, when it turns to another canvas, or at {@link #flush()}: whoever draws them without
 * any of these after calls {@link #flush()} before the canvas shows.
 */
public final class FxSurface implements Surface {

    private static final int WIDTH_CACHE_LIMIT = 50_000;

    private GraphicsContext gc;
    private final Map<Rgb, Color> colours = new HashMap<>();
    private final CanvasFonts fonts = new CanvasFonts();
    private final Map<FontSpec, Map<String, Double>> widths = new HashMap<>();
    private final Text measure = new Text();
    private final HeldPixels held = new HeldPixels();
    private final Deque<double[]> saved = new ArrayDeque<>();
    private Font currentFont;
    /** The canvas's transform: scale, then x and y translation in pixels. */
    private double scale = 1;
    private double tx;
    private double ty;

    public FxSurface(GraphicsContext gc) {
        drawOn(gc);
    }

    /** Draws on {@code target} from now on, keeping the caches (one surface can serve many canvases). */
    public void drawOn(GraphicsContext target) {
        if (gc != null) {
            flush();
        }
        gc = target;
        gc.setTextBaseline(VPos.BASELINE);
        currentFont = null;
        Affine transform = gc.getTransform();
        scale = transform.getMxx();
        tx = transform.getTx();
        ty = transform.getTy();
        saved.clear();
    }

    @Override
    public void save() {
        gc.save();
        saved.push(new double[] {scale, tx, ty});
    }

    @Override
    public void restore() {
        if (saved.size() <= 1) {
            flush(); // the outermost restore ends a paint
        }
        gc.restore();
        double[] transform = saved.pop();
        scale = transform[0];
        tx = transform[1];
        ty = transform[2];
        currentFont = null;
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
        tx += scale * dx;
        ty += scale * dy;
    }

    @Override
    public void scale(double factor) {
        gc.scale(factor, factor);
        scale *= factor;
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
        flush();
        gc.fillRect(x, y, width, height);
    }

    /**
     * Draws the rectangles as pixels of an image, turned into pixels by {@link RectRaster}: the
     * software renderer pays per shape about as much as for an image the size of the screen. The
     * image, shared with markers drawn next, is drawn at the next {@link #flush()}.
     */
    @Override
    public void fillRects(double[] xs, double[] ys, double[] widths, double[] heights, Rgb[] colours, int n) {
        if (n == 0) {
            return;
        }
        setFill(colours[n - 1]);
        held.holdRects(xs, ys, widths, heights, colours, n, scale, tx, ty, canvasWidth(), canvasHeight());
    }

    /**
     * Draws the markers as pixels of an image, turned into pixels by {@link MarkerRaster}; the
     * image, shared with blocks drawn just before, is drawn at the next {@link #flush()}.
     */
    @Override
    public void fillMarkers(double[] cxs, double[] cys, MarkerShape[] shapes, Rgb[] colours, double radius, int n) {
        if (n == 0) {
            return;
        }
        setFill(colours[n - 1]);
        held.holdMarkers(cxs, cys, shapes, colours, radius, n, scale, tx, ty, canvasWidth(), canvasHeight());
    }

    /**
     * Draws the blocks and markers held back since the surface last drew anything else, as one
     * image; nothing when none are. The surface calls it itself before it draws anything else,
     * at the outermost {@link #restore()} and before it turns to another canvas.
     */
    public void flush() {
        PixelArea area = held.take();
        if (area != null) {
            drawPixels(area);
        }
    }

    private int canvasWidth() {
        return (int) Math.ceil(gc.getCanvas().getWidth());
    }

    private int canvasHeight() {
        return (int) Math.ceil(gc.getCanvas().getHeight());
    }

    /**
     * Draws the area's premultiplied ARGB pixels where they lie on the canvas, over what is
     * there, as an image that wraps them (no copy, no conversion): the array must not change
     * afterwards, since the canvas draws the image only at the next pulse.
     */
    private void drawPixels(PixelArea area) {
        WritableImage image = new WritableImage(new PixelBuffer<>(area.width(), area.height(),
                IntBuffer.wrap(area.pixels(), 0, area.width() * area.height()), PixelFormat.getIntArgbPreInstance()));
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.drawImage(image, area.left(), area.top());
        gc.setTransform(scale, 0, 0, scale, tx, ty);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        flush();
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius) {
        flush();
        gc.fillRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double radius) {
        flush();
        gc.strokeRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        flush();
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        flush();
        gc.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        flush();
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        flush();
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void text(String text, double x, double y, FontSpec font, TextAlign align) {
        flush();
        Font f = fonts.font(text, new FontSpec(Math.round(font.size() * scale * 4) / 4.0, font.bold()));
        if (f != currentFont) {
            gc.setFont(f);
            currentFont = f;
        }
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.fillText(text, tx + scale * x, ty + scale * y);
        gc.setTransform(scale, 0, 0, scale, tx, ty);
    }

    @Override
    public double textWidth(String text, FontSpec font) {
        Map<String, Double> cache = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double w = cache.get(text);
        if (w == null) {
            measure.setFont(fonts.font(text, font));
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
        return colours.computeIfAbsent(rgb, FxColour::of);
    }
}
