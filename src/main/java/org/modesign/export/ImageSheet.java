package org.modesign.export;

import org.modesign.render.ChartScene;
import org.modesign.render.FontSpec;
import org.modesign.render.Rect;
import org.modesign.render.Surface;
import org.modesign.render.Viewport;

/**
 * The one-page picture of PNG and SVG exports, in chart units (one unit is a pixel at 1× scale):
 * the header on top, then the whole chart at its own size, the legend on its right; as wide as the
 * header's title and subtitle need at least (a narrow chart, e.g. a folded one, does not cut them).
 */
final class ImageSheet {

    static final double MARGIN = 24;
    static final double GAP = 24;
    /** Room around the cards, so outlines and arrowheads at the edge are not cut. */
    static final double PAD = 16;
    /** The chart area's least size, so that a tiny or empty chart still makes a sensible page. */
    static final double MIN_CHART_WIDTH = 320;
    static final double MIN_CHART_HEIGHT = 160;
    static final SheetPainter.HeaderStyle HEADER =
            new SheetPainter.HeaderStyle(new FontSpec(18, true), new FontSpec(12, false));

    private final SheetPainter painter;
    private final ChartScene scene;
    private final SheetTitle title;
    private final Rect world;
    private final Rect chartArea;
    private final Rect legend;
    private final double width;
    private final double height;

    /** The sheet of {@code scene}, its legend sized as {@code measure} (the surface it will be painted on) measures text. */
    ImageSheet(ChartScene scene, SheetTitle title, SheetPainter painter, Surface measure) {
        this.painter = painter;
        this.scene = scene;
        this.title = title;
        Rect bounds = scene.nodeCount() == 0 ? Rect.EMPTY : scene.bounds().expanded(PAD);
        double chartWidth = Math.max(MIN_CHART_WIDTH, bounds.width());
        double chartHeight = Math.max(MIN_CHART_HEIGHT, bounds.height());
        world = new Rect(bounds.centerX() - chartWidth / 2, bounds.centerY() - chartHeight / 2, chartWidth,
                chartHeight);
        Rect legendSize = painter.legendSize(measure);
        double top = MARGIN + HEADER.height() + GAP / 2;
        chartArea = new Rect(MARGIN, top, chartWidth, chartHeight);
        legend = new Rect(chartArea.maxX() + GAP, top, legendSize.width(), legendSize.height());
        double header = Math.max(measure.textWidth(title.title(), HEADER.title()),
                measure.textWidth(title.subtitle(), HEADER.subtitle()));
        width = Math.max(legend.maxX(), MARGIN + Math.ceil(header)) + MARGIN;
        height = top + Math.max(chartHeight, legendSize.height()) + MARGIN;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Paints the whole sheet, its top-left corner at the surface's origin. */
    void paint(Surface surface) {
        painter.background(surface, width, height);
        painter.header(surface, MARGIN, MARGIN, width - 2 * MARGIN, HEADER, title, "");
        Viewport viewport = new Viewport(world.x(), world.y(), chartArea.width(), chartArea.height(), 1);
        painter.chart(surface, chartArea, scene, viewport, SheetPainter.FULL);
        painter.legend(surface, legend.x(), legend.y(), 1);
    }
}
