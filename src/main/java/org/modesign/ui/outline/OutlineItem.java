package org.modesign.ui.outline;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A row of the outline whose rows below are made the first time they are asked for (when it is
 * expanded), so that a tree of 50,000 cards costs only the rows a person opens.
 */
final class OutlineItem extends TreeItem<OutlineRow> {

    private final OutlineState state;
    private boolean made;

    OutlineItem(OutlineState state, OutlineRow row) {
        super(row);
        this.state = state;
    }

    /** The invisible root: the top rows below it. */
    static OutlineItem root(OutlineState state) {
        OutlineItem root = new OutlineItem(state, null);
        root.made = true;
        List<OutlineItem> top = new ArrayList<>();
        for (OutlineRow row : state.topRows()) {
            top.add(new OutlineItem(state, row));
        }
        root.getChildren().setAll(top);
        root.setExpanded(true);
        return root;
    }

    @Override
    public boolean isLeaf() {
        return getValue() != null && !state.hasRowsUnder(getValue());
    }

    @Override
    public ObservableList<TreeItem<OutlineRow>> getChildren() {
        if (!made) {
            made = true;
            List<OutlineItem> rows = new ArrayList<>();
            for (OutlineRow row : state.rowsUnder(getValue())) {
                rows.add(new OutlineItem(state, row));
            }
            super.getChildren().setAll(rows);
        }
        return super.getChildren();
    }

    /** What the row was made from. */
    OutlineState state() {
        return state;
    }

    /** The row of card {@code v} itself among the rows below, or null. */
    OutlineItem childOf(int v) {
        for (TreeItem<OutlineRow> item : getChildren()) {
            if (!item.getValue().second() && item.getValue().card() == v) {
                return (OutlineItem) item;
            }
        }
        return null;
    }
}
