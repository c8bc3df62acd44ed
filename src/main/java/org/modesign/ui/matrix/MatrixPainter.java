package org.modesign.ui.matrix;

import static org.modesign.ui.matrix.MatrixGeometry.CELL_WIDTH;
import static org.modesign.ui.matrix.MatrixGeometry.GROUP_HEIGHT;
import static org.modesign.ui.matrix.MatrixGeometry.LAYER_HEIGHT;
import static org.modesign.ui.matrix.MatrixGeometry.ROW_HEIGHT;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.modesign.analysis.RaciGrid;
import org.modesign.analysis.SlotStatus;
import org.modesign.model.Raci;
import org.modesign.render.FontSpec;
import org.modesign.render.TextFitter;
import org.modesign.ui.fx.CanvasFonts;
import org.modesign.ui.fx.FxSurface;

/**
 * Paints the four parts of the matrix on their canvases: the cells, the row header (names and
 * statuses), the column header (group band and role titles, turned to read upwards) and the
 * corner. Only what is in view is painted; texts are shortened with "…" to fit, measured once.
 */
final class MatrixPainter {

    static final FontSpec NAME = new FontSpec(12, false);
    private static final FontSpec BOLD = new FontSpec(12, true);
    private static final Font LETTER_FONT = Font.font("System", FontWeight.BOLD, 13);
    private static final double PAD = 10;

    private final FxSurface measure;
    private final TextFitter fitter = new TextFitter();
    private final CanvasFonts fonts = new CanvasFonts();

    /** @param any a graphics context to measure text with */
    private MatrixColours colours = MatrixColours.LIGHT;

    /** Paints with {@code palette} from now on (View ▸ Theme). */
    void useColours(MatrixColours palette) {
        this.colours = palette;
    }

    MatrixPainter(GraphicsContext any) {
        measure = new FxSurface(any);
    }

    /** The width of {@code text} in the font of names and titles, or in its bold (problem statuses). */
    double textWidth(String text, boolean bold) {
        return measure.textWidth(text, bold ? BOLD : NAME);
    }

    /** Draws {@code text} at x, y, shortened with "…" to {@code width}, in {@code font}'s size and weight. */
    private void text(GraphicsContext g, String text, FontSpec font, double width, double x, double y) {
        String fitted = fitter.fit(measure, text, font, width);
        g.setFont(fonts.font(fitted, font));
        g.fillText(fitted, x, y);
    }

    void paintCells(GraphicsContext g, MatrixContent content, MatrixFrame f) {
        g.setFill(colours.background());
        g.fillRect(0, 0, f.width(), f.height());
        if (content.emptyText() != null) {
            g.setFill(colours.detailText());
            g.setFont(fonts.font(content.emptyText(), NAME));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(content.emptyText(), 2 * PAD, ROW_HEIGHT);
            return;
        }
        paintLetters(g, content, f);
    }

    /** The cells of a matrix that has rows and columns. */
    private void paintLetters(GraphicsContext g, MatrixContent content, MatrixFrame f) {
        MatrixGeometry geo = content.geometry();
        RaciGrid grid = content.grid();
        int[] columns = geo.columnsIn(f.scrollX(), f.width());
        int c0 = columns[0];
        int c1 = columns[1];
        int[] rows = geo.rowsIn(f.scrollY(), f.height());
        if (c0 > c1) {
            return;
        }
        double bottom = Math.min(f.height(), geo.contentHeight() - f.scrollY());
        double right = Math.min(f.width(), geo.contentWidth() - f.scrollX());
        shadeGroups(g, grid, c0, c1, f, bottom);
        for (int lg = 0; lg < grid.layerGroups().size(); lg++) {
            g.setFill(colours.layerBand());
            g.fillRect(0, geo.layerTop(lg) - f.scrollY(), right, LAYER_HEIGHT);
        }
        bands(g, geo, f, right, bottom);
        gridLines(g, content, rows, columns, f, right, bottom);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(LETTER_FONT);
        for (int row = rows[0]; row <= rows[1]; row++) {
            double y = geo.rowTop(row) - f.scrollY();
            for (int k = grid.cellFrom(row, c0); k < grid.cellCount(row) && grid.cellColumn(row, k) <= c1; k++) {
                chip(g, grid.cellLetter(row, k), grid.cellColumn(row, k) * CELL_WIDTH - f.scrollX(), y);
            }
        }
        if (f.cursorRow() >= 0 && f.cursorColumn() >= 0) {
            g.setStroke(f.focused() ? colours.cursor() : colours.groupEdge());
            g.setLineWidth(2);
            g.strokeRect(f.cursorColumn() * CELL_WIDTH - f.scrollX() + 1, geo.rowTop(f.cursorRow()) - f.scrollY() + 1,
                    CELL_WIDTH - 2, ROW_HEIGHT - 2);
        }
    }

    /** A line under each row and right of each column; a darker one where a column group begins. */
    private void gridLines(GraphicsContext g, MatrixContent content, int[] rows, int[] columns, MatrixFrame f,
            double right, double bottom) {
        MatrixGeometry geo = content.geometry();
        RaciGrid grid = content.grid();
        g.setFill(colours.grid());
        for (int row = rows[0]; row <= rows[1]; row++) {
            g.fillRect(0, geo.rowTop(row) + ROW_HEIGHT - 1 - f.scrollY(), right, 1);
        }
        for (int c = columns[0]; c <= columns[1]; c++) {
            boolean edge = c > 0 && grid.columnGroupOf(c) != grid.columnGroupOf(c - 1);
            g.setFill(edge ? colours.groupEdge() : colours.grid());
            g.fillRect(c * CELL_WIDTH - f.scrollX(), 0, 1, bottom);
        }
    }

    /** A faint shade over every other column group, so that groups read as blocks. */
    private void shadeGroups(GraphicsContext g, RaciGrid grid, int c0, int c1, MatrixFrame f, double bottom) {
        List<RaciGrid.ColumnGroup> groups = grid.columnGroups();
        g.setFill(colours.groupShade());
        for (int gi = grid.columnGroupOf(c0); gi <= grid.columnGroupOf(c1); gi++) {
            if (gi % 2 == 1) {
                RaciGrid.ColumnGroup group = groups.get(gi);
                g.fillRect(group.start() * CELL_WIDTH - f.scrollX(), 0, group.size() * CELL_WIDTH, bottom);
            }
        }
    }

    /** The cursor's row and column, and the revealed row, as bands across the cells. */
    private void bands(GraphicsContext g, MatrixGeometry geo, MatrixFrame f, double right, double bottom) {
        if (f.revealedRow() >= 0) {
            g.setFill(colours.revealed());
            g.fillRect(0, geo.rowTop(f.revealedRow()) - f.scrollY(), right, ROW_HEIGHT);
        }
        g.setFill(colours.cursorBand());
        if (f.cursorRow() >= 0 && f.cursorRow() != f.revealedRow()) {
            g.fillRect(0, geo.rowTop(f.cursorRow()) - f.scrollY(), right, ROW_HEIGHT);
        }
        if (f.cursorColumn() >= 0) {
            g.fillRect(f.cursorColumn() * CELL_WIDTH - f.scrollX(), 0, CELL_WIDTH, bottom);
        }
    }

    private void chip(GraphicsContext g, Raci letter, double x, double y) {
        g.setFill(colours.letterFill(letter));
        g.fillRoundRect(x + 4, y + 4, CELL_WIDTH - 7, ROW_HEIGHT - 7, 7, 7);
        g.setFill(colours.letterText(letter));
        g.fillText(letter.code(), x + CELL_WIDTH / 2 + 0.5, y + ROW_HEIGHT / 2 + 0.5);
    }

    void paintRowHeader(GraphicsContext g, MatrixContent content, MatrixFrame f) {
        MatrixGeometry geo = content.geometry();
        double width = geo.rowHeaderWidth();
        double nameWidth = geo.nameWidth();
        g.setFill(colours.header());
        g.fillRect(0, 0, width, f.height());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        RaciGrid grid = content.grid();
        for (int lg = 0; lg < grid.layerGroups().size(); lg++) {
            double y = geo.layerTop(lg) - f.scrollY();
            if (y + LAYER_HEIGHT > 0 && y < f.height()) {
                g.setFill(colours.layerBand());
                g.fillRect(0, y, width, LAYER_HEIGHT);
                g.setFill(colours.text());
                text(g, content.layerLabel(lg), BOLD, width - 2 * PAD, PAD, y + LAYER_HEIGHT / 2 + 1);
            }
        }
        int[] rows = geo.rowsIn(f.scrollY(), f.height());
        for (int row = rows[0]; row <= rows[1]; row++) {
            paintRowName(g, content, row, geo.rowTop(row) - f.scrollY(), f);
        }
        g.setFill(colours.grid());
        g.fillRect(nameWidth, 0, 1, Math.min(f.height(), geo.contentHeight() - f.scrollY()));
        g.setFill(colours.groupEdge());
        g.fillRect(width - 1, 0, 1, f.height());
    }

    private void paintRowName(GraphicsContext g, MatrixContent content, int row, double y, MatrixFrame f) {
        MatrixGeometry geo = content.geometry();
        double nameWidth = geo.nameWidth();
        SlotStatus status = content.status(row);
        Color tint = colours.statusTint(status);
        Color back = row == f.revealedRow() ? colours.revealed()
                : row == f.cursorRow() ? colours.cursorBand() : colours.background();
        g.setFill(back);
        g.fillRect(0, y, geo.rowHeaderWidth(), ROW_HEIGHT);
        if (tint != null && back == colours.background()) {
            g.setFill(tint);
            g.fillRect(nameWidth, y, geo.statusWidth(), ROW_HEIGHT);
        }
        double middle = y + ROW_HEIGHT / 2 + 1;
        g.setFill(colours.text());
        text(g, content.grid().capability(row).name(), NAME, nameWidth - 2 * PAD, PAD + 6, middle);
        Color mark = colours.status(status);
        g.setFill(mark);
        g.fillOval(nameWidth + PAD, y + ROW_HEIGHT / 2 - 5, 10, 10);
        boolean problem = status != null && status.isProblem();
        g.setFill(problem ? mark.darker() : status == SlotStatus.STAFFED ? colours.text() : colours.detailText());
        text(g, content.statusText(row), problem ? BOLD : NAME, geo.statusWidth() - 3 * PAD - 10,
                nameWidth + 2 * PAD + 10, middle);
        g.setFill(colours.grid());
        g.fillRect(0, y + ROW_HEIGHT - 1, geo.rowHeaderWidth(), 1);
    }

    void paintColumnHeader(GraphicsContext g, MatrixContent content, MatrixFrame f) {
        MatrixGeometry geo = content.geometry();
        RaciGrid grid = content.grid();
        double height = geo.columnHeaderHeight();
        g.setFill(colours.header());
        g.fillRect(0, 0, f.width(), height);
        int[] columns = geo.columnsIn(f.scrollX(), f.width());
        int c0 = columns[0];
        int c1 = columns[1];
        if (c0 > c1) {
            return;
        }
        paintGroupBand(g, content, c0, c1, f);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double titleRoom = height - GROUP_HEIGHT - MatrixContent.TEXT_PADDING / 2;
        for (int c = c0; c <= c1; c++) {
            double x = c * CELL_WIDTH - f.scrollX();
            Color back = f.selectedColumn().test(c) ? colours.selectedRole()
                    : c == f.cursorColumn() ? colours.cursorBand() : null;
            if (back != null) {
                g.setFill(back);
                g.fillRect(x, GROUP_HEIGHT, CELL_WIDTH, height - GROUP_HEIGHT);
            }
            boolean edge = c > 0 && grid.columnGroupOf(c) != grid.columnGroupOf(c - 1);
            g.setFill(edge ? colours.groupEdge() : colours.grid());
            g.fillRect(x, GROUP_HEIGHT, 1, height - GROUP_HEIGHT);
            g.setFill(colours.text());
            g.save();
            g.translate(x + CELL_WIDTH / 2 + 1, height - PAD);
            g.rotate(-90);
            text(g, grid.role(c).title(), NAME, titleRoom, 0, 0);
            g.restore();
        }
        g.setFill(colours.groupEdge());
        g.fillRect(0, height - 1, f.width(), 1);
    }

    /** The band naming each group over its columns; a name stays in view while its group does. */
    private void paintGroupBand(GraphicsContext g, MatrixContent content, int c0, int c1, MatrixFrame f) {
        RaciGrid grid = content.grid();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int gi = grid.columnGroupOf(c0); gi <= grid.columnGroupOf(c1); gi++) {
            RaciGrid.ColumnGroup group = grid.columnGroups().get(gi);
            double left = Math.max(0, group.start() * CELL_WIDTH - f.scrollX());
            double right = Math.min(f.width(), (group.start() + group.size()) * CELL_WIDTH - f.scrollX());
            g.setFill(gi % 2 == 0 ? colours.groupBand() : colours.groupBandAlt());
            g.fillRect(left, 0, right - left, GROUP_HEIGHT);
            g.setFill(colours.groupEdge());
            g.fillRect(group.start() * CELL_WIDTH - f.scrollX(), 0, 1, GROUP_HEIGHT);
            g.setFill(colours.text());
            text(g, content.groupLabel(gi), BOLD, right - left - 2 * PAD + 4, left + PAD - 2, GROUP_HEIGHT / 2 + 1);
        }
        g.setFill(colours.groupEdge());
        g.fillRect(0, GROUP_HEIGHT - 1, f.width(), 1);
    }

    /**
     * The corner above the names: the key to the letters, the heading of the column groups, and
     * the headings of the name and status columns.
     */
    void paintCorner(GraphicsContext g, MatrixContent content, String groupHeading, String statusHeading) {
        MatrixGeometry geo = content.geometry();
        double width = geo.rowHeaderWidth();
        double height = geo.columnHeaderHeight();
        g.setFill(colours.header());
        g.fillRect(0, 0, width, height);
        g.setFill(colours.groupBand());
        g.fillRect(0, 0, width, GROUP_HEIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(colours.detailText());
        text(g, groupHeading, BOLD, width - 2 * PAD, width - PAD, GROUP_HEIGHT / 2 + 1);
        paintKey(g, width);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(colours.detailText());
        text(g, MatrixTexts.nameHeading(), BOLD, geo.nameWidth() - 2 * PAD, PAD + 6, height - PAD - 2);
        text(g, statusHeading, BOLD, geo.statusWidth() - 2 * PAD, geo.nameWidth() + PAD, height - PAD - 2);
        g.setFill(colours.groupEdge());
        g.fillRect(0, GROUP_HEIGHT - 1, width, 1);
        g.fillRect(0, height - 1, width, 1);
        g.fillRect(width - 1, 0, 1, height);
    }

    /** The four letters with their meaning, in two columns. */
    private void paintKey(GraphicsContext g, double width) {
        Raci[] letters = {Raci.A, Raci.R, Raci.C, Raci.I};
        double columnWidth = (width - 2 * PAD) / 2;
        for (int k = 0; k < letters.length; k++) {
            double x = PAD + (k % 2) * columnWidth;
            double y = GROUP_HEIGHT + 8 + (k / 2) * ROW_HEIGHT;
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(LETTER_FONT);
            chip(g, letters[k], x, y);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(colours.text());
            text(g, MatrixTexts.letterMeaning(letters[k]), NAME, columnWidth - CELL_WIDTH - PAD,
                    x + CELL_WIDTH + 4, y + ROW_HEIGHT / 2 + 1);
        }
    }
}
