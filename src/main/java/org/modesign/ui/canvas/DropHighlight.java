package org.modesign.ui.canvas;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;

/** The ring around the card a drop would go to while a card or a palette item is dragged. */
final class DropHighlight {

    private static final Color RING = Color.rgb(37, 99, 235);
    private static final Color FILL = Color.rgb(37, 99, 235, 0.10);
    /** Pixels between the card and the ring. */
    private static final double MARGIN = 5;

    private DropHighlight() {
    }

    static Rectangle shape() {
        Rectangle ring = new Rectangle();
        ring.setId("drop-target");
        ring.setFill(FILL);
        ring.setStroke(RING);
        ring.setStrokeWidth(3);
        ring.setArcWidth(14);
        ring.setArcHeight(14);
        ring.setVisible(false);
        return ring;
    }

    /** Puts {@code ring} around card {@code node} of {@code scene} as the viewport shows it, or hides it. */
    static void place(Rectangle ring, ChartScene scene, Viewport viewport, int node) {
        boolean show = node >= 0 && node < scene.nodeCount();
        ring.setVisible(show);
        if (show) {
            Rect card = scene.card(node);
            ring.setX(viewport.toScreenX(card.x()) - MARGIN);
            ring.setY(viewport.toScreenY(card.y()) - MARGIN);
            ring.setWidth(card.width() * viewport.scale() + 2 * MARGIN);
            ring.setHeight(card.height() * viewport.scale() + 2 * MARGIN);
        }
    }
}
