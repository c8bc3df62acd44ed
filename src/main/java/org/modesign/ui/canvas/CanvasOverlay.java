package org.modesign.ui.canvas;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;

/**
 * What the canvas draws over the chart while the user works: the rubber band, the reporting line
 * being drawn, and the connection handle of the card under the pointer.
 */
final class CanvasOverlay {

    /** Radius of the connection handle on screen, in pixels. */
    static final double HANDLE_RADIUS = 6;

    private static final Color BAND_FILL = Color.rgb(37, 99, 235, 0.12);
    private static final Color BAND_STROKE = Color.rgb(37, 99, 235, 0.8);
    private static final Color HANDLE = Color.rgb(37, 99, 235);

    private double[] band;
    private double[] connection;
    private int handleNode = -1;

    /** A rubber band between two screen points, or none when {@code null}. */
    void setBand(double[] screenRect) {
        band = screenRect;
    }

    /** A line being drawn from a card to a screen point: {x1, y1, x2, y2}, or none. */
    void setConnection(double[] screenLine) {
        connection = screenLine;
    }

    /** The card whose connection handle shows, or -1. */
    void setHandleNode(int node) {
        handleNode = node;
    }

    int handleNode() {
        return handleNode;
    }

    /** Screen centre of the connection handle of card {@code node}: the middle of its top edge. */
    static double[] handleCentre(ChartScene scene, Viewport viewport, int node) {
        Rect card = scene.card(node);
        return new double[] {viewport.toScreenX(card.centerX()), viewport.toScreenY(card.y())};
    }

    void paint(GraphicsContext gc, ChartView view) {
        gc.save();
        gc.setLineDashes((double[]) null);
        if (handleNode >= 0 && handleNode < view.scene().nodeCount()) {
            double[] c = handleCentre(view.scene(), view.viewport(), handleNode);
            gc.setFill(Color.WHITE);
            gc.fillOval(c[0] - HANDLE_RADIUS, c[1] - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
            gc.setStroke(HANDLE);
            gc.setLineWidth(2);
            gc.strokeOval(c[0] - HANDLE_RADIUS, c[1] - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
        }
        if (connection != null) {
            gc.setStroke(HANDLE);
            gc.setLineWidth(2);
            gc.setLineDashes(6, 4);
            gc.strokeLine(connection[0], connection[1], connection[2], connection[3]);
        }
        if (band != null) {
            double x = Math.min(band[0], band[2]);
            double y = Math.min(band[1], band[3]);
            double w = Math.abs(band[2] - band[0]);
            double h = Math.abs(band[3] - band[1]);
            gc.setFill(BAND_FILL);
            gc.fillRect(x, y, w, h);
            gc.setStroke(BAND_STROKE);
            gc.setLineWidth(1);
            gc.strokeRect(x, y, w, h);
        }
        gc.restore();
    }
}
