package org.modesign.ui.template;

import javafx.scene.canvas.Canvas;
import org.modesign.render.ChartPainter;
import org.modesign.render.ChartScene;
import org.modesign.render.ChartTheme;
import org.modesign.render.PaintOptions;
import org.modesign.render.Viewport;
import org.modesign.ui.fx.ChartLabelsFx;
import org.modesign.ui.fx.FxSurface;

/** A small picture of a whole chart, drawn by the chart's own painter: the preview of a template. */
final class Thumbnail {

    static final double WIDTH = 200;
    static final double HEIGHT = 124;
    private static final double MARGIN = 6;
    /** No larger than the chart at full size, for the one-card charts. */
    private static final double MAX_SCALE = 1;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final ChartPainter painter = new ChartPainter(ChartTheme.LIGHT, ChartLabelsFx.create());

    Canvas canvas() {
        return canvas;
    }

    /** Draws all of {@code chart}, every phase at once, fitted to the canvas. */
    void paint(ChartScene chart) {
        Viewport fitted = Viewport.fit(chart.bounds(), WIDTH, HEIGHT, MARGIN, MAX_SCALE);
        painter.paint(surface, chart, fitted, PaintOptions.DEFAULT);
    }
}
