package org.modesign.export;

import org.modesign.render.FontSpec;
import org.modesign.render.Rect;

/**
 * Where things go on a landscape PDF page, in points from its top-left corner: the header along
 * the top, the legend (at {@link #LEGEND_SCALE}) in a column on the right, the chart in the rest.
 */
final class PageFrame {

    static final double MARGIN = 28;
    static final double GAP = 12;
    static final double LEGEND_SCALE = 0.7;
    static final SheetPainter.HeaderStyle HEADER =
            new SheetPainter.HeaderStyle(new FontSpec(13, true), new FontSpec(9, false));

    private final Paper paper;
    private final Rect chartArea;
    private final Rect legend;

    /** The frame of {@code paper} with a legend of {@code legendSize} at scale 1. */
    PageFrame(Paper paper, Rect legendSize) {
        this.paper = paper;
        double top = MARGIN + HEADER.height() + GAP;
        double legendWidth = legendSize.width() * LEGEND_SCALE;
        legend = new Rect(paper.width() - MARGIN - legendWidth, top, legendWidth,
                legendSize.height() * LEGEND_SCALE);
        chartArea = new Rect(MARGIN, top, legend.x() - GAP - MARGIN, paper.height() - MARGIN - top);
    }

    double width() {
        return paper.width();
    }

    double height() {
        return paper.height();
    }

    /** Where the chart is drawn. */
    Rect chartArea() {
        return chartArea;
    }

    /** Where the legend is drawn, at its scaled size. */
    Rect legend() {
        return legend;
    }
}
