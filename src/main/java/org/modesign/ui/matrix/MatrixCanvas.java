package org.modesign.ui.matrix;

import static org.modesign.ui.matrix.MatrixGeometry.CELL_WIDTH;
import static org.modesign.ui.matrix.MatrixGeometry.LAYER_HEIGHT;
import static org.modesign.ui.matrix.MatrixGeometry.ROW_HEIGHT;

import java.util.function.IntPredicate;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import org.modesign.analysis.RaciGrid;

/**
 * The matrix on four canvases, with the headers fixed: the corner, the column header (scrolls
 * sideways only), the row header (scrolls up and down only) and the cells, plus two scroll bars.
 * Holds the scroll position and the cell cursor (by role and capability id, so that both survive
 * edits). Painting happens in {@link #paint()}, once per pulse at most; a header is painted again
 * only when what it shows moved or changed.
 */
final class MatrixCanvas extends Region {

    /** What a point of the matrix shows. */
    enum Area { CORNER, GROUP_HEADER, COLUMN_HEADER, LAYER_HEADER, ROW_HEADER, CELL, NONE }

    /** A point of the matrix: its area, and the row and column there (-1 when none). */
    record Hit(Area area, int row, int column) {
    }

    private final Canvas corner = new Canvas();
    private final Canvas columns = new Canvas();
    private final Canvas rows = new Canvas();
    private final Canvas cells = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final MatrixPainter painter = new MatrixPainter(cells.getGraphicsContext2D());
    private MatrixContent content;
    private String groupHeading = "";
    private String statusHeading = "";
    private int cursorRow = -1;
    private int cursorColumn = -1;
    private String cursorRole;
    private String cursorCapability;
    private String revealedCapability;
    private IntPredicate selected = c -> false;
    private boolean focused;
    private boolean dirty = true;
    private int version;
    private MatrixFrame lastFrame;
    private int lastVersion = -1;

    MatrixCanvas() {
        vbar.setOrientation(Orientation.VERTICAL);
        for (ScrollBar bar : new ScrollBar[] {hbar, vbar}) {
            bar.setFocusTraversable(false);
            bar.valueProperty().addListener((obs, old, v) -> repaint());
        }
        hbar.setUnitIncrement(CELL_WIDTH);
        vbar.setUnitIncrement(ROW_HEIGHT);
        getChildren().addAll(cells, rows, columns, corner, hbar, vbar);
    }

    MatrixPainter painter() {
        return painter;
    }

    /** Paints with {@code colours} from now on (View ▸ Theme). */
    void useColours(MatrixColours colours) {
        painter.useColours(colours);
        repaint();
    }

    MatrixContent content() {
        return content;
    }

    /**
     * Shows {@code next}, keeping the scroll position, the cursor on its role and capability
     * (on the nearest column when its role is gone), the cursor's column where it was on screen.
     */
    void setContent(MatrixContent next) {
        RaciGrid grid = next.grid();
        int oldColumn = cursorColumn;
        int column = cursorRole == null ? -1 : grid.columnOf(cursorRole);
        if (column < 0 && oldColumn >= 0 && grid.columnCount() > 0) {
            column = Math.min(oldColumn, grid.columnCount() - 1);
        }
        int row = cursorCapability == null ? -1 : grid.rowOf(cursorCapability);
        if (row < 0 && cursorRow >= 0 && grid.rowCount() > 0) {
            row = Math.min(cursorRow, grid.rowCount() - 1);
        }
        content = next;
        changed();
        setCursorIds(row, column);
        requestLayout();
        if (oldColumn >= 0 && column >= 0 && column != oldColumn) {
            hbar.setValue(hbar.getValue() + (column - oldColumn) * CELL_WIDTH);
        }
        clampScroll();
    }

    /** Takes in new words (statuses, headings) of the same content. */
    void changed() {
        version++;
        repaint();
    }

    void setHeadings(String group, String status) {
        groupHeading = group;
        statusHeading = status;
        changed();
    }

    /** Which columns hold a selected role. */
    void setSelected(IntPredicate columns) {
        selected = columns;
        changed();
    }

    void showFocus(boolean value) {
        focused = value;
        repaint();
    }

    void repaint() {
        dirty = true;
    }

    boolean isDirty() {
        return dirty;
    }

    int cursorRow() {
        return cursorRow;
    }

    int cursorColumn() {
        return cursorColumn;
    }

    /** The middle of the cursor's cell's lower edge in this region (where its menu opens), kept inside the cells; null without a cursor. */
    javafx.geometry.Point2D cursorPoint() {
        if (content == null || cursorRow < 0 || cursorColumn < 0) {
            return null;
        }
        MatrixGeometry geo = content.geometry();
        double x = geo.rowHeaderWidth() + geo.columnLeft(cursorColumn) - scrollX() + CELL_WIDTH / 2;
        double y = geo.columnHeaderHeight() + geo.rowTop(cursorRow) - scrollY() + ROW_HEIGHT;
        return new javafx.geometry.Point2D(Math.max(geo.rowHeaderWidth(), Math.min(x, geo.rowHeaderWidth() + cellsWidth())),
                Math.max(geo.columnHeaderHeight(), Math.min(y, geo.columnHeaderHeight() + cellsHeight())));
    }

    /** The row highlighted for another view, or -1. */
    int revealedRow() {
        return content == null || revealedCapability == null ? -1 : content.grid().rowOf(revealedCapability);
    }

    double scrollX() {
        return Math.round(hbar.getValue());
    }

    double scrollY() {
        return Math.round(vbar.getValue());
    }

    /** Scrolls by ({@code dx}, {@code dy}) pixels, within the content. */
    void scrollBy(double dx, double dy) {
        hbar.setValue(hbar.getValue() + dx);
        vbar.setValue(vbar.getValue() + dy);
        clampScroll();
    }

    private void clampScroll() {
        hbar.setValue(Math.max(0, Math.min(hbar.getMax(), hbar.getValue())));
        vbar.setValue(Math.max(0, Math.min(vbar.getMax(), vbar.getValue())));
    }

    /** The width of the cell area. */
    double cellsWidth() {
        return cells.getWidth();
    }

    double cellsHeight() {
        return cells.getHeight();
    }

    /** Puts the cursor on a cell (clamped to the matrix) and scrolls it into view. */
    void moveCursorTo(int row, int column) {
        RaciGrid grid = content.grid();
        if (grid.rowCount() == 0 || grid.columnCount() == 0) {
            return;
        }
        int r = Math.max(0, Math.min(grid.rowCount() - 1, row));
        int c = Math.max(0, Math.min(grid.columnCount() - 1, column));
        if (revealedCapability != null && !grid.capability(r).id().equals(revealedCapability)) {
            revealedCapability = null;
        }
        setCursorIds(r, c);
        showCell(r, c);
        repaint();
    }

    private void setCursorIds(int row, int column) {
        cursorRow = row;
        cursorColumn = column;
        cursorCapability = row < 0 ? null : content.grid().capability(row).id();
        cursorRole = column < 0 ? null : content.grid().role(column).id();
    }

    /** Scrolls as little as needed for the cell to show (with its layer's heading, for a first row). */
    private void showCell(int row, int column) {
        layout();
        MatrixGeometry geo = content.geometry();
        double left = geo.columnLeft(column);
        if (left < scrollX()) {
            hbar.setValue(left);
        } else if (left + CELL_WIDTH > scrollX() + cellsWidth()) {
            hbar.setValue(left + CELL_WIDTH - cellsWidth());
        }
        double top = geo.rowTop(row);
        RaciGrid.LayerGroup layer = content.grid().layerGroups().get(content.grid().layerGroupOf(row));
        double wanted = row == layer.start() ? top - LAYER_HEIGHT : top;
        if (wanted < scrollY()) {
            vbar.setValue(wanted);
        } else if (top + ROW_HEIGHT > scrollY() + cellsHeight()) {
            vbar.setValue(top + ROW_HEIGHT - cellsHeight());
        }
        clampScroll();
    }

    /** Highlights the row and scrolls it to the middle of the view, keeping the cursor's column. */
    void reveal(int row) {
        revealedCapability = content.grid().capability(row).id();
        setCursorIds(row, Math.max(0, Math.min(cursorColumn, content.grid().columnCount() - 1)));
        layout();
        vbar.setValue(content.geometry().rowTop(row) - (cellsHeight() - ROW_HEIGHT) / 2);
        clampScroll();
        if (cursorColumn >= 0) {
            showCell(row, cursorColumn);
        }
        repaint();
    }

    /** What lies at ({@code x}, {@code y}) of this region. */
    Hit hit(double x, double y) {
        if (content == null) {
            return new Hit(Area.NONE, -1, -1);
        }
        MatrixGeometry geo = content.geometry();
        double left = geo.rowHeaderWidth();
        double top = geo.columnHeaderHeight();
        if (x >= left + cellsWidth() || y >= top + cellsHeight()) {
            return new Hit(Area.NONE, -1, -1);
        }
        int column = x < left ? -1 : geo.columnAt(x - left + scrollX());
        if (y < top) {
            Area area = y < MatrixGeometry.GROUP_HEIGHT ? Area.GROUP_HEADER : Area.COLUMN_HEADER;
            return new Hit(x < left ? Area.CORNER : column < 0 ? Area.NONE : area, -1, column);
        }
        MatrixGeometry.Line line = geo.lineAt(y - top + scrollY());
        if (line == null) {
            return new Hit(Area.NONE, -1, column);
        }
        if (!line.isRow()) {
            return new Hit(Area.LAYER_HEADER, -1, column);
        }
        return new Hit(x < left ? Area.ROW_HEADER : column < 0 ? Area.NONE : Area.CELL, line.row(), column);
    }

    @Override
    protected void layoutChildren() {
        if (content == null) {
            return;
        }
        MatrixGeometry geo = content.geometry();
        double width = getWidth();
        double height = getHeight();
        double left = geo.rowHeaderWidth();
        double top = geo.columnHeaderHeight();
        double barWidth = vbar.prefWidth(-1);
        double barHeight = hbar.prefHeight(-1);
        boolean sideways = geo.contentWidth() > width - left;
        boolean upDown = geo.contentHeight() > height - top - (sideways ? barHeight : 0);
        sideways = geo.contentWidth() > width - left - (upDown ? barWidth : 0);
        double w = Math.max(0, Math.floor(width - left - (upDown ? barWidth : 0)));
        double h = Math.max(0, Math.floor(height - top - (sideways ? barHeight : 0)));
        boolean resized = place(corner, 0, 0, left, top) | place(columns, left, 0, w, top)
                | place(rows, 0, top, left, h) | place(cells, left, top, w, h);
        hbar.setVisible(sideways);
        vbar.setVisible(upDown);
        hbar.resizeRelocate(left, top + h, w, barHeight);
        vbar.resizeRelocate(left + w, top, barWidth, h);
        configure(hbar, geo.contentWidth(), w);
        configure(vbar, geo.contentHeight(), h);
        clampScroll();
        if (resized) {
            changed();
        }
    }

    /** Puts a canvas in place; returns whether its size changed (which blanks it). */
    private static boolean place(Canvas canvas, double x, double y, double w, double h) {
        canvas.relocate(x, y);
        if (canvas.getWidth() == w && canvas.getHeight() == h) {
            return false;
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
        return true;
    }

    private static void configure(ScrollBar bar, double content, double view) {
        double max = Math.max(0, content - view);
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(content <= 0 ? 0 : max * view / content);
        bar.setBlockIncrement(Math.max(1, view * 0.9));
    }

    /**
     * Paints what changed since the last frame: the cells always; a header only when its part
     * of the matrix moved or changed.
     */
    void paint() {
        dirty = false;
        if (content == null) {
            return;
        }
        MatrixFrame f = new MatrixFrame(scrollX(), scrollY(), cells.getWidth(), cells.getHeight(), cursorRow,
                cursorColumn, revealedRow(), selected, focused);
        MatrixFrame last = lastVersion == version ? lastFrame : null;
        painter.paintCells(cells.getGraphicsContext2D(), content, f);
        if (last == null || last.scrollX() != f.scrollX() || last.width() != f.width()
                || last.cursorColumn() != f.cursorColumn()) {
            painter.paintColumnHeader(columns.getGraphicsContext2D(), content, f);
        }
        if (last == null || last.scrollY() != f.scrollY() || last.height() != f.height()
                || last.cursorRow() != f.cursorRow() || last.revealedRow() != f.revealedRow()) {
            painter.paintRowHeader(rows.getGraphicsContext2D(), content, f);
        }
        if (last == null) {
            painter.paintCorner(corner.getGraphicsContext2D(), content, groupHeading, statusHeading);
        }
        lastFrame = f;
        lastVersion = version;
    }
}
