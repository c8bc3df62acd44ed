package org.modesign.ui.stack;

import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import org.modesign.render.ChartTheme;
import org.modesign.render.Rect;
import org.modesign.render.StackPainter;
import org.modesign.render.StackScene;
import org.modesign.render.Viewport;
import org.modesign.ui.fx.FxSurface;

/**
 * The stack landscape on one canvas, painted by the core's {@link StackPainter} (the exports'
 * own) through an {@link FxSurface}, with two scroll bars. Holds the scroll position and the zoom;
 * the scene is laid out once per change of the stack (see {@link StackView}), so a frame only
 * paints the chips in view. Painting happens in {@link #paint()}, at most once a pulse.
 */
final class StackCanvas extends Region {

    static final double MIN_SCALE = 0.25;
    static final double MAX_SCALE = 2;
    /** The least scale at which the chips' words read well (11 px titles). */
    static final double READABLE_SCALE = 0.9;
    /** Room around the landscape, in world units. */
    static final double MARGIN = 12;

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private StackPainter painter = new StackPainter(ChartTheme.LIGHT);
    private StackScene scene;
    private int selected = -1;
    private double scale = 1;
    private boolean dirty = true;
    private long lastPaintNanos;

    StackCanvas() {
        vbar.setOrientation(Orientation.VERTICAL);
        for (ScrollBar bar : new ScrollBar[] {hbar, vbar}) {
            bar.setFocusTraversable(false);
            bar.valueProperty().addListener((obs, old, v) -> repaint());
        }
        hbar.setUnitIncrement(StackScene.CHIP_WIDTH / 4);
        vbar.setUnitIncrement(24);
        getChildren().addAll(canvas, hbar, vbar);
        setMinSize(0, 0);
        setId("stack-landscape");
    }

    /** Paints in {@code theme} from now on (View ▸ Theme). */
    void useTheme(ChartTheme theme) {
        painter = new StackPainter(theme);
        repaint();
    }

    /** The surface the landscape is measured on and painted with (its words are laid out as it measures them). */
    FxSurface surface() {
        return surface;
    }

    StackScene scene() {
        return scene;
    }

    /** Shows {@code next}, keeping the scroll position (within the new landscape) and the zoom. */
    void setScene(StackScene next) {
        scene = next;
        requestLayout();
        repaint();
    }

    /**
     * Zooms out just enough for the landscape's width to fit the canvas, down to
     * {@link #READABLE_SCALE} at most (so every word stays readable); at 100% when it fits already.
     */
    void fitWidth() {
        if (scene == null || getWidth() <= 0) {
            return;
        }
        double content = scene.bounds().width() + 2 * MARGIN;
        double room = getWidth() - vbar.prefWidth(-1);
        scale = Math.max(READABLE_SCALE, Math.min(1, room / content));
        requestLayout();
        repaint();
    }

    void setSelected(int chip) {
        if (chip != selected) {
            selected = chip;
            repaint();
        }
    }

    int selected() {
        return selected;
    }

    double scale() {
        return scale;
    }

    void repaint() {
        dirty = true;
    }

    boolean isDirty() {
        return dirty;
    }

    /** The world point at the canvas's top-left corner. */
    double originX() {
        return hbar.getValue() - MARGIN;
    }

    double originY() {
        return vbar.getValue() - MARGIN;
    }

    double viewWidth() {
        return canvas.getWidth();
    }

    double viewHeight() {
        return canvas.getHeight();
    }

    /** The world point under canvas point ({@code x}, {@code y}). */
    double worldX(double x) {
        return originX() + x / scale;
    }

    double worldY(double y) {
        return originY() + y / scale;
    }

    /** Scrolls by ({@code dx}, {@code dy}) screen pixels, within the landscape. */
    void scrollBy(double dx, double dy) {
        hbar.setValue(clamp(hbar.getValue() + dx / scale, hbar.getMax()));
        vbar.setValue(clamp(vbar.getValue() + dy / scale, vbar.getMax()));
    }

    /** Zooms by {@code factor} (within {@link #MIN_SCALE}..{@link #MAX_SCALE}), keeping the world point under ({@code x}, {@code y}) in place. */
    void zoomAt(double x, double y, double factor) {
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        if (next == scale) {
            return;
        }
        double wx = worldX(x);
        double wy = worldY(y);
        scale = next;
        layoutChildren();
        hbar.setValue(clamp(wx - x / scale + MARGIN, hbar.getMax()));
        vbar.setValue(clamp(wy - y / scale + MARGIN, vbar.getMax()));
        repaint();
    }

    /** Scrolls as little as needed for chip {@code i} to show whole (as much of it as fits). */
    void reveal(int i) {
        if (scene == null || i < 0 || i >= scene.chipCount()) {
            return;
        }
        layout();
        Rect chip = scene.chipRect(i).expanded(6);
        double headerWidth = scene.rowHeaderWidth();
        double headerHeight = StackScene.COLUMN_HEADER_HEIGHT;
        double left = originX() + headerWidth;
        double top = originY() + headerHeight;
        double width = viewWidth() / scale - headerWidth;
        double height = viewHeight() / scale - headerHeight;
        if (chip.x() < left) {
            hbar.setValue(clamp(hbar.getValue() - (left - chip.x()), hbar.getMax()));
        } else if (chip.maxX() > left + width) {
            hbar.setValue(clamp(hbar.getValue() + Math.min(chip.maxX() - left - width, chip.x() - left), hbar.getMax()));
        }
        if (chip.y() < top) {
            vbar.setValue(clamp(vbar.getValue() - (top - chip.y()), vbar.getMax()));
        } else if (chip.maxY() > top + height) {
            vbar.setValue(clamp(vbar.getValue() + Math.min(chip.maxY() - top - height, chip.y() - top), vbar.getMax()));
        }
        repaint();
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    /** The chip at canvas point ({@code x}, {@code y}), or -1. */
    int chipAt(double x, double y) {
        if (scene == null || x < 0 || y < 0 || x > viewWidth() || y > viewHeight()) {
            return -1;
        }
        double wx = worldX(x);
        double wy = worldY(y);
        Rect grid = scene.grid();
        double headerLeft = Math.max(grid.x(), Math.min(originX(), grid.maxX() - scene.rowHeaderWidth()));
        double headerTop = Math.max(grid.y(), Math.min(originY(), grid.maxY() - StackScene.COLUMN_HEADER_HEIGHT));
        if (wx < headerLeft + scene.rowHeaderWidth() || wy < headerTop + StackScene.COLUMN_HEADER_HEIGHT) {
            return -1;
        }
        return scene.chipAt(wx, wy);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double barWidth = vbar.prefWidth(-1);
        double barHeight = hbar.prefHeight(-1);
        Rect bounds = scene == null ? Rect.EMPTY : scene.bounds();
        double contentWidth = (bounds.width() + 2 * MARGIN) * scale;
        double contentHeight = (bounds.height() + 2 * MARGIN) * scale;
        boolean sideways = contentWidth > width;
        boolean upDown = contentHeight > height - (sideways ? barHeight : 0);
        sideways = contentWidth > width - (upDown ? barWidth : 0);
        double w = Math.max(0, Math.floor(width - (upDown ? barWidth : 0)));
        double h = Math.max(0, Math.floor(height - (sideways ? barHeight : 0)));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            repaint();
        }
        hbar.setVisible(sideways);
        vbar.setVisible(upDown);
        hbar.resizeRelocate(0, h, w, barHeight);
        vbar.resizeRelocate(w, 0, barWidth, h);
        configure(hbar, bounds.width() + 2 * MARGIN, w / scale);
        configure(vbar, bounds.height() + 2 * MARGIN, h / scale);
    }

    private static void configure(ScrollBar bar, double content, double view) {
        double max = Math.max(0, content - view);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(content <= 0 ? 0 : max * view / content);
        bar.setBlockIncrement(Math.max(1, view * 0.9));
        bar.setValue(clamp(bar.getValue(), max));
    }

    /** Paints what the canvas shows now. */
    void paint() {
        long start = System.nanoTime();
        dirty = false;
        if (scene == null || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        surface.drawOn(canvas.getGraphicsContext2D());
        painter.paint(surface, scene, new Viewport(originX(), originY(), canvas.getWidth(), canvas.getHeight(), scale),
                selected);
        lastPaintNanos = System.nanoTime() - start;
    }

    long lastPaintNanos() {
        return lastPaintNanos;
    }

    Canvas canvas() {
        return canvas;
    }
}
