package org.modesign.ui.importer;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.modesign.importer.ImportPreview;
import org.modesign.importer.ImportText;
import org.modesign.importer.PreviewRow;
import org.modesign.importer.RowProblem;
import org.modesign.model.Team;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.form.FteText;
import org.modesign.ui.form.Names;

/**
 * Shows what a CSV import would do before anything changes: the counts, notes on what was assumed,
 * the teams and regions it makes, a table of the rows that become roles (title, archetype, team,
 * region, FTE, manager) and a table of the rows that cannot be used, each with its line and reason.
 * Import (disabled when no row can be used) runs the given action; Cancel changes nothing.
 */
final class ImportPreviewDialog {

    private static final double WIDTH = 960;
    private static final double HEIGHT = 680;
    /** Rows of the problems table shown before it scrolls, and about how tall a row is. */
    private static final int PROBLEMS_SHOWN = 5;
    private static final double ROW_HEIGHT = 40;
    /** Most names of new teams or regions listed before "…". */
    private static final int NAMES_SHOWN = 12;

    private ImportPreviewDialog() {
    }

    static Dialog<ButtonType> create(Window owner, ImportPreview preview, Runnable onImport) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr("import.preview.title"));
        dialog.setHeaderText(I18n.tr("import.preview.header", preview.source(), preview.rowsRead(),
                preview.rows().size(), preview.rejectedRows()));
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefSize(WIDTH, HEIGHT);
        // Without a minimum the window takes the narrow width its wrapping labels ask for.
        dialog.getDialogPane().setMinWidth(Math.min(WIDTH, Screen.getPrimary().getVisualBounds().getWidth() - 80));
        dialog.getDialogPane().setContent(content(preview));
        ButtonType importButton = new ButtonType(I18n.tr("import.button.import"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.tr("dialog.button.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, cancel);
        Button importControl = (Button) dialog.getDialogPane().lookupButton(importButton);
        importControl.setId("import-confirm");
        importControl.setDisable(!preview.usable());
        dialog.getDialogPane().lookupButton(cancel).setId("import-cancel");
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == importButton) {
                onImport.run();
            }
        });
        return dialog;
    }

    private static VBox content(ImportPreview preview) {
        VBox box = new VBox(8);
        box.getChildren().add(label(I18n.tr("import.preview.summary", preview.rows().size(),
                preview.newTeams().size(), preview.newRegions().size(), preview.lines().size()), null));
        if (!preview.newTeams().isEmpty()) {
            box.getChildren().add(label(I18n.tr("import.preview.newTeams",
                    names(preview.newTeams().stream().map(Team::name).toList())), null));
        }
        if (!preview.newRegions().isEmpty()) {
            box.getChildren().add(label(I18n.tr("import.preview.newRegions",
                    names(preview.newRegions().stream().map(r -> r.name()).toList())), null));
        }
        for (ImportText note : preview.notes()) {
            box.getChildren().add(label(capitalized(note.localized(I18n.bundle())), "mdi2i-information-outline"));
        }
        TableView<PreviewRow> rows = rowsTable(preview.rows());
        VBox.setVgrow(rows, Priority.ALWAYS);
        box.getChildren().add(rows);
        if (!preview.problems().isEmpty()) {
            TableView<RowProblem> problems = problemsTable(preview.problems());
            box.getChildren().addAll(label(I18n.tr("import.preview.problems", preview.rejectedRows()),
                    "mdi2a-alert-circle-outline"), problems);
        }
        return box;
    }

    private static TableView<PreviewRow> rowsTable(List<PreviewRow> rows) {
        TableView<PreviewRow> table = new TableView<>();
        table.setId("import-rows");
        table.setPlaceholder(new Label(I18n.tr("import.preview.nothing")));
        table.getColumns().add(lineColumn(PreviewRow::line));
        table.getColumns().add(column("import.column.title", r -> r.role().title(), 3));
        table.getColumns().add(column("import.column.archetype", r -> Names.of(r.role().archetype()), 2));
        table.getColumns().add(column("import.column.team", r -> maybeNew(r.team(), r.newTeam()), 3));
        table.getColumns().add(column("import.column.region", r -> maybeNew(r.region(), r.newRegion()), 2));
        table.getColumns().add(column("import.column.fte", r -> FteText.format(r.role().fte()), 1));
        table.getColumns().add(column("import.column.manager", ImportPreviewDialog::manager, 3));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(rows);
        return table;
    }

    private static TableView<RowProblem> problemsTable(List<RowProblem> problems) {
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
        return row.managerLine() > 0 ? I18n.tr("import.preview.managerRow", row.manager(), row.managerLine())
                : row.manager();
    }

    /** The names, joined; the first {@link #NAMES_SHOWN} and a count of the rest when there are more. */
    private static String names(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return I18n.tr("import.preview.andMore", String.join(", ", names.subList(0, NAMES_SHOWN)),
                names.size() - NAMES_SHOWN);
    }

    /** A note as a line of its own: "No archetype column: ...". */
    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(I18n.bundle().getLocale()) + text.substring(1);
    }

    private static Label label(String text, String icon) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (icon != null) {
            label.setGraphic(new FontIcon(icon));
        }
        return label;
    }
}
