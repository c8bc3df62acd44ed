package org.modesign.ui.stack;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.analysis.Severity;
import org.modesign.ui.base.SeverityIcon;
import org.modesign.ui.fx.ColumnsReadable;
import org.modesign.ui.fx.WrappingCell;
import org.modesign.ui.i18n.I18n;

/**
 * The deployments of the landscape as a table: tool, category, region, owner, from, until and
 * cost, every word whole (a long one wraps, its row grows), sorted by a click on a column's header
 * and filtered by the words typed above it. Choosing
 * a row chooses its chip; {@link #select} chooses the row of a chip.
 */
final class StackTable extends BorderPane {

    private final ObservableList<StackRow> rows = FXCollections.observableArrayList();
    private final FilteredList<StackRow> filtered = new FilteredList<>(rows);
    private final TableView<StackRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private boolean selecting;

    StackTable(Consumer<StackRow> chosen) {
        SortedList<StackRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("stack-table");
        Label none = new Label(I18n.tr("stack.table.empty"));
        none.setWrapText(true); // on more lines in a narrow table
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        none.setPadding(new Insets(8));
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS); // all in view: words wrap, not scroll away
        table.getColumns().add(toolColumn());
        table.getColumns().add(column("stack.column.category", StackRow::category, 150));
        table.getColumns().add(column("stack.column.region", StackRow::regionName, 90));
        table.getColumns().add(column("stack.column.owner", StackRow::owner, 230));
        table.getColumns().add(column("stack.column.from", StackRow::from, 150));
        table.getColumns().add(column("stack.column.until", StackRow::until, 150));
        table.getColumns().add(costColumn());
        ColumnsReadable.keep(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!selecting && row != null) {
                chosen.accept(row);
            }
        });
        filter.setId("stack-filter");
        filter.setPromptText(I18n.tr("stack.filter.prompt"));
        org.modesign.ui.a11y.AccessibleNames.name(filter, I18n.tr("stack.filter.prompt"));
        filter.textProperty().addListener((obs, old, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(needle.isEmpty() ? null : row -> row.matches(needle));
            showCount();
        });
        HBox top = new HBox(8, new FontIcon("mdi2f-filter-outline"), filter, count);
        HBox.setHgrow(filter, Priority.ALWAYS);
        top.setPadding(new Insets(4, 8, 4, 8));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setTop(top);
        setCenter(table);
    }

    private static TableColumn<StackRow, String> column(String key, Function<StackRow, String> value, double width) {
        TableColumn<StackRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new WrappingCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        });
        return column;
    }

    /** The tool's name, with the sign of the worst finding that marks its chip. */
    private static TableColumn<StackRow, String> toolColumn() {
        TableColumn<StackRow, String> column = column("stack.column.tool", StackRow::toolName, 220);
        column.setCellFactory(c -> new WrappingCell<>() {
            private final Map<Severity, FontIcon> signs = new EnumMap<>(Severity.class);

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                StackRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setGraphic(row == null || row.severity() == null ? null
                        : signs.computeIfAbsent(row.severity(), SeverityIcon::of));
            }
        });
        return column;
    }

    private static TableColumn<StackRow, Double> costColumn() {
        TableColumn<StackRow, Double> column = new TableColumn<>(I18n.tr("stack.column.cost"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cost()));
        column.setCellFactory(c -> new TableCell<>() { // an amount on one line: its column is kept as wide (ColumnsReadable)
            @Override
            protected void updateItem(Double cost, boolean empty) {
                super.updateItem(cost, empty);
                StackRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : row.costText());
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(110);
        return column;
    }

    /** Lists {@code next}, keeping the sort and the filter; selects the row of ({@code tool}, {@code region}) if any. */
    void show(List<StackRow> next, String tool, String region) {
        selecting = true;
        try {
            rows.setAll(next);
            select(tool, region);
        } finally {
            selecting = false;
        }
        showCount();
    }

    /** Selects the row of the deployment of {@code tool} in {@code region} (none when null or filtered out) and scrolls to it. */
    void select(String tool, String region) {
        boolean before = selecting;
        selecting = true;
        try {
            StackRow row = tool == null ? null
                    : table.getItems().stream().filter(r -> r.is(tool, region)).findFirst().orElse(null);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(table.getItems().indexOf(row));
            }
        } finally {
            selecting = before;
        }
    }

    private void showCount() {
        count.setText(filtered.size() == rows.size() ? I18n.tr("stack.table.count", rows.size())
                : I18n.tr("stack.table.filtered", filtered.size(), rows.size()));
    }

    TableView<StackRow> table() {
        return table;
    }

    TextField filter() {
        return filter;
    }
}
