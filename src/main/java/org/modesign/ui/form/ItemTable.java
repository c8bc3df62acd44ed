package org.modesign.ui.form;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.modesign.model.Coded;
import org.modesign.ui.fx.ColumnsReadable;
import org.modesign.ui.fx.WrappingCell;

/**
 * A table of one of the design's lists (capabilities, tools, regions, phases, objectives, ...)
 * that follows the design: {@link #show} replaces the rows when the list changed and keeps the
 * selected row, found by id.
 * Columns are added by kind: a name or a sentence edited in place, read-only text, a drop-down, or
 * a tick box.
 *
 * @param <T> the rows' type
 */
public final class ItemTable<T> extends TableView<T> {

    private final Function<T, String> ids;
    private List<T> shown;

    public ItemTable(String id, Function<T, String> ids) {
        this.ids = ids;
        setId(id);
        setEditable(true);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnsReadable.keep(this);
    }

    /**
     * Shows {@code items}, keeping the selected id; nothing happens when they are the list shown (the
     * design's lists are immutable and kept by edits that do not touch them). True when it changed.
     */
    public boolean show(List<T> items) {
        if (items == shown) {
            return false;
        }
        String selected = selectedId();
        shown = items;
        getItems().setAll(items);
        select(selected);
        return true;
    }

    /** The id of the selected row, or null. */
    public String selectedId() {
        T item = getSelectionModel().getSelectedItem();
        return item == null ? null : ids.apply(item);
    }

    /** Selects the row of {@code id} and scrolls to it; clears the selection when there is none. */
    public void select(String id) {
        for (int i = 0; i < getItems().size(); i++) {
            if (ids.apply(getItems().get(i)).equals(id)) {
                getSelectionModel().clearAndSelect(i);
                scrollTo(i);
                return;
            }
        }
        getSelectionModel().clearSelection();
    }

    /** Starts editing the name of the selected row in {@code column}. */
    public void editSelected(TableColumn<T, String> column) {
        int row = getSelectionModel().getSelectedIndex();
        if (row >= 0) {
            layout();
            edit(row, column);
        }
    }

    /**
     * A column of names edited in place (double-click, or F2 on the focused cell): Enter hands the
     * row and the new text to {@code rename}, Escape cancels. A long name wraps onto more lines (a
     * row grows to hold it) rather than end in "…".
     */
    public TableColumn<T, String> nameColumn(String header, Function<T, String> names, BiConsumer<T, String> rename) {
        return editColumn(header, names, rename, true);
    }

    /**
     * A column of short values edited in place like names (an amount), each on one line; the column
     * is kept as wide as its widest value.
     */
    public TableColumn<T, String> valueColumn(String header, Function<T, String> values, BiConsumer<T, String> change) {
        return editColumn(header, values, change, false);
    }

    /**
     * A column of sentences edited in place like names, shown wrapped over as many lines as the
     * column's width needs (a row grows to hold them), for texts such as an obstacle's strategy.
     */
    public TableColumn<T, String> sentenceColumn(String header, Function<T, String> texts,
            BiConsumer<T, String> change) {
        return editColumn(header, texts, change, true);
    }

    private TableColumn<T, String> editColumn(String header, Function<T, String> texts, BiConsumer<T, String> change,
            boolean wrap) {
        TableColumn<T, String> column = textColumn(header, texts);
        column.setEditable(true);
        column.setCellFactory(c -> new NameCell<>(wrap));
        column.setOnEditCommit(e -> {
            change.accept(e.getRowValue(), e.getNewValue());
            refresh();
        });
        return column;
    }

    /**
     * A name or a sentence that can be edited, shown wrapped on as many lines as it needs; or a short
     * value on one line, with its whole text as a tooltip.
     */
    private static final class NameCell<T> extends TextFieldTableCell<T, String> {
        private final boolean wrap;

        NameCell(boolean wrap) {
            super(new DefaultStringConverter());
            this.wrap = wrap;
            if (wrap) {
                setWrapText(true); // the cell's own text, wrapped: what a screen reader reads
                getStyleClass().add("item-table-sentence-cell");
            }
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(empty || item == null || item.isEmpty() || wrap ? null : new Tooltip(item));
        }

        /** Wrapped: as tall as the text's lines at the column's width (a row asks at no width: one line). */
        @Override
        protected double computePrefHeight(double width) {
            if (!wrap || isEditing()) {
                return super.computePrefHeight(width);
            }
            return super.computePrefHeight(WrappingCell.widthToWrapAt(this, width)) + WrappingCell.spareHeight(this);
        }
    }

    /** A column of tick boxes: ticking or clearing one hands the row and the new state to {@code tick}. */
    public TableColumn<T, Boolean> checkColumn(String header, Predicate<T> ticked, BiConsumer<T, Boolean> tick) {
        TableColumn<T, Boolean> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(ticked.test(c.getValue())));
        column.setCellFactory(c -> new TickCell<>(tick));
        column.setEditable(false);
        column.setSortable(false);
        column.setReorderable(false);
        column.setStyle("-fx-alignment: CENTER;");
        getColumns().add(column);
        return column;
    }

    /** A cell with a tick box that shows whether the row is ticked; the box shows the row again after a change. */
    private static final class TickCell<T> extends TableCell<T, Boolean> {
        private final CheckBox box = new CheckBox();

        TickCell(BiConsumer<T, Boolean> tick) {
            box.setOnAction(e -> {
                T row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    tick.accept(row, box.isSelected());
                    box.setSelected(Boolean.TRUE.equals(getItem()));
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                box.setSelected(item);
                setGraphic(org.modesign.ui.a11y.AccessibleNames.nameByColumn(this, box));
            }
        }
    }

    /** A read-only column of text. */
    public TableColumn<T, String> textColumn(String header, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setEditable(false);
        column.setSortable(false);
        column.setReorderable(false);
        getColumns().add(column);
        return column;
    }

    /** A column of drop-downs over {@code values}: a pick hands the row and the value to {@code pick}. */
    public <E extends Coded> TableColumn<T, E> choiceColumn(String header, List<E> values, Function<T, E> value,
            Function<E, String> names, BiConsumer<T, E> pick) {
        return choiceColumn(header, () -> values, value, names, pick);
    }

    /**
     * A column of drop-downs over the values {@code values} gives when a row is shown (e.g. the
     * phases of the plan): a pick hands the row and the value to {@code pick}.
     */
    public <E> TableColumn<T, E> choiceColumn(String header, Supplier<List<E>> values, Function<T, E> value,
            Function<E, String> names, BiConsumer<T, E> pick) {
        TableColumn<T, E> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new ChoiceCell<>(values, names, pick));
        column.setEditable(false);
        column.setSortable(false);
        column.setReorderable(false);
        getColumns().add(column);
        return column;
    }
}
