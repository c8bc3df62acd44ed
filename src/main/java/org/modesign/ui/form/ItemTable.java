package org.modesign.ui.form;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.modesign.model.Coded;

/**
 * A table of one of the design's lists (capabilities, tools, regions, phases, objectives, ...) that follows the design:
 * {@link #show} replaces the rows when the list changed and keeps the selected row, found by id.
 * Columns are added by kind: a name edited in place, read-only text, or a drop-down.
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

    /** A column of names edited in place: Enter hands the row and the new text to {@code rename}. */
    public TableColumn<T, String> nameColumn(String header, Function<T, String> names, BiConsumer<T, String> rename) {
        TableColumn<T, String> column = textColumn(header, names);
        column.setEditable(true);
        column.setCellFactory(c -> new NameCell<>());
        column.setOnEditCommit(e -> {
            rename.accept(e.getRowValue(), e.getNewValue());
            refresh();
        });
        return column;
    }

    /** A name that can be edited, with its whole text as a tooltip for when the column is too narrow. */
    private static final class NameCell<T> extends TextFieldTableCell<T, String> {
        NameCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(empty || item == null ? null : new Tooltip(item));
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
