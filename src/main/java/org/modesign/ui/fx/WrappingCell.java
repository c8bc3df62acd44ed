package org.modesign.ui.fx;

import javafx.scene.control.TableCell;

/**
 * A table cell whose text wraps within its column, its row as tall as the longest cell needs,
 * instead of ending in "…". (A table row asks its cells for their height at no width, which for
 * wrapped text is one line; this cell answers for its column's width.)
 */
public class WrappingCell<S, T> extends TableCell<S, T> {

    public WrappingCell() {
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(widthToWrapAt(this, width)) + spareHeight(this);
    }

    /** The width a wrapping cell measures its lines at: its column's, when its row asks at no width. */
    public static double widthToWrapAt(TableCell<?, ?> cell, double width) {
        return width < 0 && cell.getTableColumn() != null ? cell.getTableColumn().getWidth() : width;
    }

    /**
     * A quarter of a line to spare under a wrapping cell's text: a label measures its wrapped lines a
     * little shorter (2-3 px at 13 px with fractional insets) than it then finds room for, and would
     * cut the last line.
     */
    public static double spareHeight(TableCell<?, ?> cell) {
        return Math.ceil(cell.getFont().getSize() / 4);
    }
}
