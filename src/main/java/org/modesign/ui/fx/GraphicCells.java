package org.modesign.ui.fx;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Cell;

/**
 * The height of a list cell that shows its words through its graphic. Such a cell's skin asks the
 * graphic for its height at no width in particular, and words that wrap answer with one line, so
 * that the list gives the row one line and cuts it; asked for the width the row gets, they answer
 * with all their lines.
 */
public final class GraphicCells {

    private GraphicCells() {
    }

    /**
     * The height of {@code cell} at {@code width} when its graphic's height depends on its width:
     * the graphic's at the width it gets inside the cell's insets; NaN otherwise (the cell's own
     * answer stands).
     */
    public static double prefHeight(Cell<?> cell, double width) {
        Node graphic = cell.getGraphic();
        if (graphic == null || width <= 0 || graphic.getContentBias() != Orientation.HORIZONTAL) {
            return Double.NaN;
        }
        double sides = cell.snappedLeftInset() + cell.snappedRightInset();
        return cell.snappedTopInset() + graphic.prefHeight(width - sides) + cell.snappedBottomInset();
    }
}
