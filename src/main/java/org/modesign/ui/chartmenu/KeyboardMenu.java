package org.modesign.ui.chartmenu;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;

/**
 * The chart's context menu opened from the keyboard (Shift+F10, the menu key): the card menu at the
 * card the keys are at (or the first card selected), else the canvas menu at the view's centre,
 * whose Add Here adds a card there (clear of the others). Its items are the menu bar's actions, run
 * by the arrow keys and Enter as in any menu.
 */
final class KeyboardMenu {

    /** Where a menu is shown: the menu and its place on the screen. */
    interface Shower {
        void show(ContextMenu menu, double screenX, double screenY);
    }

    private final ChartView chart;
    private final EditorContext context;

    KeyboardMenu(ChartView chart, EditorContext context) {
        this.chart = chart;
        this.context = context;
    }

    /** Whether {@code e} asks for the context menu: Shift+F10 or the menu key. */
    static boolean opens(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        return e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown();
    }

    void show(Function<String, ContextMenu> cardMenu, BiFunction<Double, Double, ContextMenu> canvasMenu,
            Shower shower) {
        ChartScene scene = chart.scene();
        Viewport viewport = chart.viewport();
        String id = chart.keys().current();
        if (id == null && !context.selection().nodes().isEmpty()) {
            id = context.selection().nodes().iterator().next();
        }
        int card = id == null ? -1 : scene.indexOf(id);
        if (card >= 0 && !scene.hidden(card)) {
            Rect r = scene.card(card);
            double x = clamp(viewport.toScreenX(r.centerX()), chart.getWidth());
            double y = clamp(viewport.toScreenY(r.maxY()), chart.getHeight());
            Point2D at = chart.localToScreen(x, y);
            shower.show(cardMenu.apply(id), at.getX(), at.getY());
            return;
        }
        double x = chart.getWidth() / 2;
        double y = chart.getHeight() / 2;
        Point2D at = chart.localToScreen(x, y);
        shower.show(canvasMenu.apply(viewport.toWorldX(x), viewport.toWorldY(y)), at.getX(), at.getY());
    }

    private static double clamp(double value, double size) {
        return Math.max(0, Math.min(size, value));
    }
}
