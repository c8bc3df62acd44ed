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
        if (width < 0 && getTableColumn() != null) {
            width = getTableColumn().getWidth();
        }
        // a quarter of a line to spare: the label measures its wrapped lines a little shorter (2-3 px at
        // 13 px with fractional insets) than it then finds room for, and would cut the last line
        return super.computePrefHeight(width) + Math.ceil(getFont().getSize() / 4);
    }
}
