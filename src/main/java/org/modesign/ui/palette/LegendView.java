package org.modesign.ui.palette;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.TitledPane;
import org.modesign.render.ChartTheme;
import org.modesign.render.LegendPainter;
import org.modesign.render.Rect;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.fx.ChartLabelsFx;
import org.modesign.ui.fx.FxSurface;

/**
 * The legend of the chart's colours, borders and lines, painted by the same code as the chart, in
 * the chart's theme (painted again when the theme changes).
 */
final class LegendView extends TitledPane {

    private final Canvas canvas = new Canvas(1, 1);

    LegendView() {
        setText(I18n.tr("legend.title"));
        setId("legend");
        setContent(canvas);
        setExpanded(true);
        paint(ChartTheme.LIGHT, 1);
    }

    /** Paints the legend in {@code theme}, {@code scale} times its standard size (View ▸ Text Size). */
    void paint(ChartTheme theme, double scale) {
        LegendPainter painter = new LegendPainter(theme, ChartLabelsFx.create());
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        Rect size = painter.measure(surface);
        canvas.setWidth(Math.ceil(size.width() * scale));
        canvas.setHeight(Math.ceil(size.height() * scale));
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        surface.save();
        surface.scale(scale);
        painter.paint(surface, 0, 0);
        surface.restore();
    }
}
