package org.modesign.report;

/**
 * The page of the PDF report, A4 landscape, in points: where its body goes, and the area a chart
 * gets on a page of its own. The HTML report judges by the same area whether a chart reads whole,
 * so both give the same overview pages for a large design.
 */
final class ReportPage {

    static final double WIDTH = 841.89;
    static final double HEIGHT = 595.28;
    static final double MARGIN = 40;
    /** The band at the top of every page but the cover: the design's title and the page number. */
    static final double HEADER = 26;
    static final double FOOTER = 22;
    static final double BODY_TOP = MARGIN + HEADER;
    static final double BODY_BOTTOM = HEIGHT - MARGIN - FOOTER;
    static final double BODY_WIDTH = WIDTH - 2 * MARGIN;
    /** A chart's caption above it. */
    static final double CAPTION = 36;
    /** The column on a chart's right that holds the legend. */
    static final double LEGEND = 120;
    static final double GAP = 12;
    static final double CHART_WIDTH = BODY_WIDTH - LEGEND - GAP;
    static final double CHART_HEIGHT = BODY_BOTTOM - BODY_TOP - CAPTION;

    private ReportPage() {
    }
}
