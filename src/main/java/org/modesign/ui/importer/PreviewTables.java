package org.modesign.ui.importer;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.importer.PreviewRow;
import org.modesign.importer.RowProblem;
import org.modesign.model.Archetype;
import org.modesign.ui.form.FteText;
import org.modesign.ui.form.Names;
import org.modesign.ui.i18n.I18n;

/**
 * The tables of the import preview: the rows that become roles (title, person, archetype, team,
 * region, FTE, manager), where the archetype is a chooser and a suggested one is marked; and the
 * rows that cannot be used, each with its line and reason.
 */
final class PreviewTables {

    /** Rows of the problems table shown before it scrolls, and about how tall a row is. */
    private static final int PROBLEMS_SHOWN = 5;
    private static final double ROW_HEIGHT = 40;
    /** The width of a row's archetype chooser, the same in every row. */
    private static final double BOX_WIDTH = 124;

    private PreviewTables() {
    }

    /** The rows table; {@code onArchetype} gets the line and archetype the user chose for a row. */
    static TableView<PreviewRow> rows(List<PreviewRow> rows, BiConsumer<Integer, Archetype> onArchetype) {
        TableView<PreviewRow> table = new TableView<>();
        table.setId("import-rows");
        table.setPlaceholder(new Label(I18n.tr("import.preview.nothing")));
        table.getColumns().add(lineColumn(PreviewRow::line));
        table.getColumns().add(column("import.column.title", r -> r.role().title(), 3));
        if (rows.stream().anyMatch(r -> !r.role().person().isEmpty())) {
            table.getColumns().add(column("import.column.person", r -> r.role().person(), 2));
        }
        table.getColumns().add(archetypeColumn(onArchetype));
        table.getColumns().add(column("import.column.team", r -> maybeNew(r.team(), r.newTeam()), 3));
        table.getColumns().add(column("import.column.region", r -> maybeNew(r.region(), r.newRegion()), 2));
        table.getColumns().add(column("import.column.fte", r -> FteText.format(r.role().fte()), 1));
        table.getColumns().add(column("import.column.manager", PreviewTables::manager, 3));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(rows);
        return table;
    }

    static TableView<RowProblem> problems(List<RowProblem> problems) {
        TableView<RowProblem> table = new TableView<>();
        table.setId("import-problems");
        table.getColumns().add(lineColumn(RowProblem::line));
        TableColumn<RowProblem, String> reason = new TableColumn<>(I18n.tr("import.column.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text().localized(I18n.bundle())));
        table.getColumns().add(reason);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(problems);
        table.setPrefHeight((Math.min(problems.size(), PROBLEMS_SHOWN) + 1) * ROW_HEIGHT + 4);
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    private static TableColumn<PreviewRow, PreviewRow> archetypeColumn(BiConsumer<Integer, Archetype> onArchetype) {
        TableColumn<PreviewRow, PreviewRow> column = new TableColumn<>(I18n.tr("import.column.archetype"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new ArchetypeCell(onArchetype));
        column.setPrefWidth(170);
        column.setMinWidth(150);
        column.setSortable(false);
        return column;
    }

    private static <T> TableColumn<T, Integer> lineColumn(Function<T, Integer> line) {
        TableColumn<T, Integer> column = new TableColumn<>(I18n.tr("import.column.line"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(line.apply(c.getValue())));
        column.setMinWidth(56);
        column.setPrefWidth(64);
        column.setMaxWidth(80);
        return column;
    }

    private static TableColumn<PreviewRow, String> column(String key, Function<PreviewRow, String> value,
            double weight) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(weight * 60);
        column.setMinWidth(64);
        return column;
    }

    private static String maybeNew(String name, boolean isNew) {
        if (name == null) {
            return "";
        }
        return isNew ? I18n.tr("import.preview.newName", name) : name;
    }

    private static String manager(PreviewRow row) {
        if (row.manager() == null) {
            return "";
        }
        if (!row.managerPerson().isEmpty()) {
            return I18n.tr("import.preview.managerPerson", row.managerPerson(), row.manager(), row.managerLine());
        }
        return row.managerLine() > 0 ? I18n.tr("import.preview.managerRow", row.manager(), row.managerLine())
                : row.manager();
    }

    /** A row's archetype as a chooser, marked with a bulb while it is a suggestion. */
    private static final class ArchetypeCell extends TableCell<PreviewRow, PreviewRow> {

        private final ComboBox<Archetype> box = new ComboBox<>();
        private final FontIcon bulb = new FontIcon("mdi2l-lightbulb-on-outline");
        private final HBox graphic = new HBox(4, box, bulb);
        private boolean updating;

        ArchetypeCell(BiConsumer<Integer, Archetype> onArchetype) {
            box.getItems().setAll(Archetype.values());
            box.setButtonCell(new ArchetypeListCell());
            box.setCellFactory(list -> new ArchetypeListCell());
            box.getStyleClass().add("import-archetype");
            box.setPrefWidth(BOX_WIDTH);
            box.setMinWidth(BOX_WIDTH);
            Tooltip.install(bulb, new Tooltip(I18n.tr("import.preview.suggestedTip")));
            graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.valueProperty().addListener((o, before, now) -> {
                PreviewRow row = getItem();
                if (!updating && row != null && now != null && (now != row.role().archetype() || row.suggested())) {
                    onArchetype.accept(row.line(), now);
                }
            });
        }

        @Override
        protected void updateItem(PreviewRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            box.setValue(row.role().archetype());
            updating = false;
            bulb.setVisible(row.suggested());
            org.modesign.ui.a11y.AccessibleNames.nameByColumn(this, box);
            setGraphic(graphic);
        }
    }

    private static final class ArchetypeListCell extends ListCell<Archetype> {

        @Override
        protected void updateItem(Archetype archetype, boolean empty) {
            super.updateItem(archetype, empty);
            setText(empty || archetype == null ? null : Names.of(archetype));
        }
    }
}
