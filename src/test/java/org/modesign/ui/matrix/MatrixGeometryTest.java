package org.modesign.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.matrix.MatrixGeometry.CELL_WIDTH;
import static org.modesign.ui.matrix.MatrixGeometry.LAYER_HEIGHT;
import static org.modesign.ui.matrix.MatrixGeometry.ROW_HEIGHT;

import org.junit.jupiter.api.Test;
import org.modesign.analysis.RaciGrid;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.model.Design;

/** Where rows, layer headings and columns lie, without a window (the fixture's design: 2 layers, 3 roles). */
class MatrixGeometryTest {

    private final Design design = MatrixFixture.design();
    private final MatrixGeometry geometry = new MatrixGeometry(RaciGrid.of(
            ScenarioIndex.of(design, design.scenarios().get(0)), null, RaciGrid.Grouping.TEAM), 220, 240, 150);

    @Test
    void eachLayerStartsWithItsHeadingLine() {
        assertEquals(0, geometry.layerTop(0));
        assertEquals(LAYER_HEIGHT, geometry.rowTop(0), "data quality, under the platform heading");
        assertEquals(LAYER_HEIGHT + ROW_HEIGHT, geometry.layerTop(1));
        assertEquals(2 * LAYER_HEIGHT + ROW_HEIGHT, geometry.rowTop(1), "websites, under the expression heading");
        assertEquals(2 * LAYER_HEIGHT + 2 * ROW_HEIGHT, geometry.contentHeight());
    }

    @Test
    void aPointFallsOnARowOrOnAHeading() {
        assertEquals(new MatrixGeometry.Line(-1, 0), geometry.lineAt(LAYER_HEIGHT - 1));
        assertEquals(new MatrixGeometry.Line(0, 0), geometry.lineAt(LAYER_HEIGHT));
        assertEquals(new MatrixGeometry.Line(-1, 1), geometry.lineAt(LAYER_HEIGHT + ROW_HEIGHT));
        assertEquals(new MatrixGeometry.Line(1, 1), geometry.lineAt(geometry.contentHeight() - 1));
        assertNull(geometry.lineAt(geometry.contentHeight()));
        assertNull(geometry.lineAt(-1));
    }

    @Test
    void columnsAreCellWideAndOnlyTheRowsInABandCount() {
        assertEquals(3 * CELL_WIDTH, geometry.contentWidth());
        assertEquals(2, geometry.columnAt(2 * CELL_WIDTH + 1));
        assertEquals(-1, geometry.columnAt(3 * CELL_WIDTH));
        assertEquals(-1, geometry.columnAt(-1));
        assertArrayEquals(new int[] {1, 2}, geometry.columnsIn(CELL_WIDTH + 1, 2 * CELL_WIDTH));
        assertArrayEquals(new int[] {0, 2}, geometry.columnsIn(0, 1000));
        int[] none = geometry.columnsIn(4 * CELL_WIDTH, 100);
        assertTrue(none[0] > none[1], "scrolled past the last column (a moment after the matrix shrank)");
        assertArrayEquals(new int[] {1, 1}, geometry.rowsIn(LAYER_HEIGHT + ROW_HEIGHT, 100));
        assertArrayEquals(new int[] {0, 1}, geometry.rowsIn(0, 1000));
        assertEquals(220 + 240, geometry.rowHeaderWidth());
        assertEquals(MatrixGeometry.GROUP_HEIGHT + 150, geometry.columnHeaderHeight());
    }
}
