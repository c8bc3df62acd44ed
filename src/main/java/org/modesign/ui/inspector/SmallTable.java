package org.modesign.ui.inspector;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/** The look the inspector's small tables share: fixed rows, as tall as their rows (up to a few), an error line. */
final class SmallTable {

    static final double ROW_HEIGHT = 32;
    /** Room for the column headers and the borders. */
    static final double HEADER_HEIGHT = 46;
    static final int MAX_VISIBLE_ROWS = 6;
    /** Rows of room an empty table keeps for its placeholder. */
    static final int EMPTY_ROWS = 2;

    private SmallTable() {
    }

    /** Sets {@code table} up with id {@code id} and the placeholder of bundle key {@code emptyKey}. */
    static <T> TableView<T> setUp(TableView<T> table, String id, String emptyKey) {
        table.setId(id);
        table.setEditable(false);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(placeholder(emptyKey));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> visibleRows(table.getItems().size(), MAX_VISIBLE_ROWS) * ROW_HEIGHT + HEADER_HEIGHT,
                table.getItems()));
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    /**
     * How many rows of height a table of {@code items} rows shows: all of them up to {@code max},
     * and two when it is empty, so that its placeholder sentence has room for two lines.
     */
    /** What an empty table or list says: the words of {@code key}, wrapped to its width, muted. */
    static Label placeholder(String key) {
        Label placeholder = new Label(org.modesign.ui.i18n.I18n.tr(key));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return placeholder;
    }

    static int visibleRows(int items, int max) {
        return items == 0 ? EMPTY_ROWS : Math.min(items, max);
    }

    /** A hidden line for the reason an edit was refused. */
    static Label errorLine(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        return error;
    }

    /** Shows {@code reason} on {@code error}, or hides it when there is none; whether there was none. */
    static boolean report(Label error, java.util.Optional<String> reason) {
        error.setText(reason.orElse(""));
        error.setVisible(reason.isPresent());
        return reason.isEmpty();
    }
}
