package org.modesign.ui.palette;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.TitledPane;
import org.modesign.render.ChartTheme;
import org.modesign.render.LegendPainter;
import org.modesign.render.Rect;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.fx.ChartLabelsFx;
import org.modesign.ui.fx.FxSurface;

/** The legend of the chart's colours, borders and lines, painted by the same code as the chart. */
final class LegendView extends TitledPane {

    LegendView() {
        setText(I18n.tr("legend.title"));
        setId("legend");
        LegendPainter painter = new LegendPainter(ChartTheme.LIGHT, ChartLabelsFx.create());
        Canvas canvas = new Canvas(1, 1);
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
        Rect size = painter.measure(surface);
        canvas.setWidth(Math.ceil(size.width()));
        canvas.setHeight(Math.ceil(size.height()));
        painter.paint(surface, 0, 0);
        setContent(canvas);
        setExpanded(true);
    }
}
