package org.modesign.ui.matrix;

import java.util.List;
import org.modesign.analysis.RaciGrid;

/**
 * Where the parts of the matrix lie, in pixels: the row header (capability names, then their
 * status) on the left, the column header (group band, then the role titles) on top, and the
 * cells. Cell coordinates are content coordinates: column {@code c} spans
 * {@code [c × CELL_WIDTH, (c + 1) × CELL_WIDTH)}; rows follow one another under a header line per
 * layer. Knows no JavaFX, so it is tested without a window.
 */
final class MatrixGeometry {

    static final double CELL_WIDTH = 30;
    static final double ROW_HEIGHT = 28;
    static final double LAYER_HEIGHT = 30;
    static final double GROUP_HEIGHT = 26;

    /** What a content y coordinate falls on: a row, or the header line of a layer group. */
    record Line(int row, int layerGroup) {

        boolean isRow() {
            return row >= 0;
        }
    }

    private final RaciGrid grid;
    private final double nameWidth;
    private final double statusWidth;
    private final double titleHeight;
    private final double[] groupTop;
    private final double contentHeight;

    /**
     * @param nameWidth   the width of the capability-name column
     * @param statusWidth the width of the status column
     * @param titleHeight the height of the role titles under the group band
     */
    MatrixGeometry(RaciGrid grid, double nameWidth, double statusWidth, double titleHeight) {
        this.grid = grid;
        this.nameWidth = nameWidth;
        this.statusWidth = statusWidth;
        this.titleHeight = titleHeight;
        List<RaciGrid.LayerGroup> groups = grid.layerGroups();
        groupTop = new double[groups.size()];
        double y = 0;
        for (int g = 0; g < groups.size(); g++) {
            groupTop[g] = y;
            y += LAYER_HEIGHT + groups.get(g).size() * ROW_HEIGHT;
        }
        contentHeight = y;
    }

    RaciGrid grid() {
        return grid;
    }

    double nameWidth() {
        return nameWidth;
    }

    double statusWidth() {
        return statusWidth;
    }

    /** The width of the row header: names, then status. */
    double rowHeaderWidth() {
        return nameWidth + statusWidth;
    }

    /** The height of the column header: the group band, then the titles. */
    double columnHeaderHeight() {
        return GROUP_HEIGHT + titleHeight;
    }

    double contentWidth() {
        return grid.columnCount() * CELL_WIDTH;
    }

    double contentHeight() {
        return contentHeight;
    }

    double columnLeft(int column) {
        return column * CELL_WIDTH;
    }

    /** The column at content x, or -1 outside the columns. */
    int columnAt(double x) {
        int column = (int) Math.floor(x / CELL_WIDTH);
        return x < 0 || column >= grid.columnCount() ? -1 : column;
    }

    double rowTop(int row) {
        int g = grid.layerGroupOf(row);
        return groupTop[g] + LAYER_HEIGHT + (row - grid.layerGroups().get(g).start()) * ROW_HEIGHT;
    }

    double layerTop(int layerGroup) {
        return groupTop[layerGroup];
    }

    /** What lies at content y, or null below the last row or above the first line. */
    Line lineAt(double y) {
        if (y < 0 || y >= contentHeight) {
            return null;
        }
        int g = groupTop.length - 1;
        while (groupTop[g] > y) {
            g--;
        }
        double inside = y - groupTop[g] - LAYER_HEIGHT;
        if (inside < 0) {
            return new Line(-1, g);
        }
        return new Line(grid.layerGroups().get(g).start() + (int) (inside / ROW_HEIGHT), g);
    }

    /** The first and last columns (inclusive) that show in a band of content x; first > last when none. */
    int[] columnsIn(double left, double width) {
        int first = Math.max(0, (int) Math.floor(left / CELL_WIDTH));
        int last = Math.min(grid.columnCount() - 1, (int) Math.floor((left + width) / CELL_WIDTH));
        return new int[] {first, last};
    }

    /** The first and last rows (inclusive) that show in a band of content y from {@code top}, {@code height} high; first > last when none. */
    int[] rowsIn(double top, double height) {
        int first = grid.rowCount();
        int last = -1;
        for (int row = 0; row < grid.rowCount(); row++) {
            double y = rowTop(row);
            if (y + ROW_HEIGHT > top && y < top + height) {
                first = Math.min(first, row);
                last = row;
            }
        }
        return new int[] {first, last};
    }
}
