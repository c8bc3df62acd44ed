package org.modesign.ui.matrix;

import java.util.function.IntPredicate;

/**
 * What changes from frame to frame: the scroll position (whole pixels), the size of the cell
 * area, the cell cursor, the row revealed for another view, the columns of selected roles, and
 * whether the matrix has the keyboard focus. Rows and columns are -1 when there is none.
 */
record MatrixFrame(double scrollX, double scrollY, double width, double height, int cursorRow,
        int cursorColumn, int revealedRow, IntPredicate selectedColumn, boolean focused) {
}
