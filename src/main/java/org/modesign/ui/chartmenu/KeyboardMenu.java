package org.modesign.ui.chartmenu;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import org.modesign.edit.LineKey;
import org.modesign.model.Line;
import org.modesign.render.ChartScene;
import org.modesign.render.LineRoute;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;

/**
 * The chart's context menu opened from the keyboard (Shift+F10, the menu key): the card menu at the
 * card the keys are at (or the first card selected), else the line menu at the middle of the line
 * selected, else the canvas menu at the view's centre,
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

    void show(Function<String, ContextMenu> cardMenu, Supplier<ContextMenu> lineMenu,
            BiFunction<Double, Double, ContextMenu> canvasMenu, Shower shower) {
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
        int line = selectedLine(scene);
        if (card < 0 && line >= 0) {
            LineRoute route = scene.route(line);
            int k = Math.max(1, route.pointCount() / 2);
            double x = clamp(viewport.toScreenX((route.x(k - 1) + route.x(k)) / 2), chart.getWidth());
            double y = clamp(viewport.toScreenY((route.y(k - 1) + route.y(k)) / 2), chart.getHeight());
            Point2D at = chart.localToScreen(x, y);
            shower.show(lineMenu.get(), at.getX(), at.getY());
            return;
        }
        double x = chart.getWidth() / 2;
        double y = chart.getHeight() / 2;
        Point2D at = chart.localToScreen(x, y);
        shower.show(canvasMenu.apply(viewport.toWorldX(x), viewport.toWorldY(y)), at.getX(), at.getY());
    }

    /** The scene's number of the line selected, when it shows (its ends not folded away), else -1. */
    private int selectedLine(ChartScene scene) {
        LineKey selected = context.selection().line();
        if (selected == null) {
            return -1;
        }
        List<Line> lines = chart.scenario().lines();
        for (int i = 0; i < Math.min(lines.size(), scene.modelLineCount()); i++) {
            if (LineKey.of(lines.get(i)).equals(selected) && scene.lineFrom(i) >= 0 && scene.lineTo(i) >= 0
                    && !scene.hidden(scene.lineFrom(i)) && !scene.hidden(scene.lineTo(i))) {
                return i;
            }
        }
        return -1;
    }

    private static double clamp(double value, double size) {
        return Math.max(0, Math.min(size, value));
    }
}
