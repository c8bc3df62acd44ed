package org.modesign.ui.canvas;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.modesign.render.CardMetrics;
import org.modesign.render.ChartScene;
import org.modesign.render.ChartTheme;
import org.modesign.render.Rect;
import org.modesign.render.Rgb;
import org.modesign.render.Viewport;

/**
 * The ring round the card the keys are at, while the chart has the keyboard focus: a thick line
 * of the theme's focus-ring colour ({@link ChartTheme#focusRing()}) just outside the selection's
 * own outline, which stays to be seen. A shape of the overlay, so that showing it repaints no tile.
 */
final class FocusRing {

    /** How thick the ring is, in screen pixels. */
    static final double WIDTH = 3;
    /** The selection's outline, in screen pixels (the painter's: {@code MarkPainter}), which the ring stays clear of. */
    private static final double SELECTION_OUTLINE = 2;

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
        double gap = gap(viewport.scale());
        double x = viewport.toScreenX(r.x()) - gap;
        double y = viewport.toScreenY(r.y()) - gap;
        ring.setX(x);
        ring.setY(y);
        ring.setWidth(viewport.toScreenX(r.maxX()) + gap - x);
        ring.setHeight(viewport.toScreenY(r.maxY()) + gap - y);
        Rgb rgb = theme.focusRing();
        ring.setStroke(Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.alpha()));
    }

    /**
     * How far outside the card the ring's middle runs at {@code scale}: past the selection's outline
     * (drawn {@link CardMetrics#SELECTION_GAP} world units out, at least that many pixels) and a pixel
     * of space, so that both show.
     */
    static double gap(double scale) {
        double selection = Math.max(CardMetrics.SELECTION_GAP * scale, CardMetrics.SELECTION_GAP);
        return selection + SELECTION_OUTLINE / 2 + 1 + WIDTH / 2;
    }

    boolean isShown() {
        return ring.isVisible();
    }
}
