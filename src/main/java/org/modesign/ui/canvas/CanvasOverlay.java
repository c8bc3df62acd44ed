package org.modesign.ui.canvas;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;

/**
 * What the view shows over the chart while the user works: the rubber band, the reporting line
 * being drawn, the connection handle of the card under the pointer, and the card a drop (a role, or a
 * dragged tool) would go to. They are shapes of their
 * own over the chart's tiles, so that showing or moving one repaints no part of the chart.
 */
final class CanvasOverlay {

    /** Radius of the connection handle on screen, in pixels. */
    static final double HANDLE_RADIUS = 6;

    private static final Color BAND_FILL = Color.rgb(37, 99, 235, 0.12);
    private static final Color BAND_STROKE = Color.rgb(37, 99, 235, 0.8);
    private static final Color HANDLE = Color.rgb(37, 99, 235);

    private final Circle handle = new Circle(HANDLE_RADIUS, Color.WHITE);
    private final Line connection = new Line();
    private final Rectangle band = new Rectangle();
    private final Rectangle target = DropHighlight.shape();
    private final Group node = new Group(target, handle, connection, band);
    private int targetNode = -1;
    private double[] bandRect;
    private double[] connectionLine;
    private int handleNode = -1;
    private FocusRing focusRing;

    CanvasOverlay() {
        handle.setStroke(HANDLE);
        handle.setStrokeWidth(2);
        connection.setStroke(HANDLE);
        connection.setStrokeWidth(2);
        connection.getStrokeDashArray().setAll(6.0, 4.0);
        band.setFill(BAND_FILL);
        band.setStroke(BAND_STROKE);
        band.setStrokeWidth(1);
        node.setManaged(false);
        node.setMouseTransparent(true);
        handle.setVisible(false);
        connection.setVisible(false);
        band.setVisible(false);
    }

    /** Shows {@code ring} under the other shapes (see {@link ChartKeys}). */
    void setFocusRing(FocusRing ring) {
        focusRing = ring;
        node.getChildren().add(0, ring.shape());
    }

    /** The shapes, to be placed over the chart at the view's top-left corner. */
    Group node() {
        return node;
    }

    /** A rubber band between two screen points, or none when {@code null}. */
    void setBand(double[] screenRect) {
        bandRect = screenRect;
    }

    /** A line being drawn from a card to a screen point: {x1, y1, x2, y2}, or none. */
    void setConnection(double[] screenLine) {
        connectionLine = screenLine;
    }

    /** The card whose connection handle shows, or -1. */
    void setHandleNode(int node) {
        handleNode = node;
    }

    int handleNode() {
        return handleNode;
    }

    /** The card a drop would go to (a team a dragged role joins, a card a dragged tool gets), highlighted; -1 for none. */
    void setTarget(int node) {
        targetNode = node;
    }

    int target() {
        return targetNode;
    }

    /** Screen centre of the connection handle of card {@code node}: the middle of its top edge. */
    static double[] handleCentre(ChartScene scene, Viewport viewport, int node) {
        Rect card = scene.card(node);
        return new double[] {viewport.toScreenX(card.centerX()), viewport.toScreenY(card.y())};
    }

    /** Shows what is set, where it is on the view's current chart and viewport. */
    void update(ChartView view) {
        if (focusRing != null) {
            view.keys().placeRing(view.scene());
        }
        boolean showHandle = handleNode >= 0 && handleNode < view.scene().nodeCount();
        handle.setVisible(showHandle);
        if (showHandle) {
            double[] c = handleCentre(view.scene(), view.viewport(), handleNode);
            handle.setCenterX(c[0]);
            handle.setCenterY(c[1]);
        }
        connection.setVisible(connectionLine != null);
        if (connectionLine != null) {
            connection.setStartX(connectionLine[0]);
            connection.setStartY(connectionLine[1]);
            connection.setEndX(connectionLine[2]);
            connection.setEndY(connectionLine[3]);
        }
        DropHighlight.place(target, view.scene(), view.viewport(), targetNode);
        band.setVisible(bandRect != null);
        if (bandRect != null) {
            band.setX(Math.min(bandRect[0], bandRect[2]));
            band.setY(Math.min(bandRect[1], bandRect[3]));
            band.setWidth(Math.abs(bandRect[2] - bandRect[0]));
            band.setHeight(Math.abs(bandRect[3] - bandRect[1]));
        }
    }
}
