package org.modesign.ui.canvas;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.modesign.render.ChartScene;
import org.modesign.render.ChartTheme;
import org.modesign.render.Rect;
import org.modesign.render.Rgb;
import org.modesign.render.Viewport;

/**
 * The ring round the card the keys are at, while the chart has the keyboard focus: a thick line
 * of the theme's focus-ring colour ({@link ChartTheme#focusRing()}) a few pixels outside the card,
 * over the selection's own highlight. A shape of the overlay, so that showing it repaints no tile.
 */
final class FocusRing {

    /** How far outside the card the ring runs, and how thick it is, in screen pixels. */
    static final double GAP = 4;
    static final double WIDTH = 3;

    private final Rectangle ring = new Rectangle();

    FocusRing() {
        ring.setId("chart-focus-ring");
        ring.setFill(null);
        ring.setStrokeWidth(WIDTH);
        ring.setArcWidth(12);
        ring.setArcHeight(12);
        ring.setVisible(false);
        ring.setMouseTransparent(true);
    }

    Rectangle shape() {
        return ring;
    }

    /** Shows the ring round card {@code card} of {@code scene} ({@code -1}: none) in {@code theme}'s colour. */
    void place(ChartScene scene, Viewport viewport, int card, ChartTheme theme) {
        boolean shown = card >= 0 && card < scene.nodeCount() && !scene.hidden(card);
        ring.setVisible(shown);
        if (!shown) {
            return;
        }
        Rect r = scene.card(card);
        double x = viewport.toScreenX(r.x()) - GAP;
        double y = viewport.toScreenY(r.y()) - GAP;
        ring.setX(x);
        ring.setY(y);
        ring.setWidth(viewport.toScreenX(r.maxX()) + GAP - x);
        ring.setHeight(viewport.toScreenY(r.maxY()) + GAP - y);
        Rgb rgb = theme.focusRing();
        ring.setStroke(Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.alpha()));
    }

    boolean isShown() {
        return ring.isVisible();
    }
}
