package org.modesign.ui.help;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.modesign.ui.i18n.I18n;

/**
 * Help ▸ Keyboard Shortcuts (F1, or ? on the chart): a window listing every shortcut, made anew
 * each time it opens from the menu bar as it is then (see {@link ShortcutRows}). Escape closes it.
 */
final class ShortcutSheet {

    private final Supplier<javafx.scene.control.MenuBar> menuBar;
    private final Supplier<Window> owner;
    private Stage stage;

    ShortcutSheet(Supplier<javafx.scene.control.MenuBar> menuBar, Supplier<Window> owner) {
        this.menuBar = menuBar;
        this.owner = owner;
    }

    void show() {
        List<ShortcutRow> rows = ShortcutRows.of(menuBar.get());
        TableView<ShortcutRow> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column("help.column.group", ShortcutRow::group, 150));
        table.getColumns().add(column("help.column.command", ShortcutRow::command, 300));
        table.getColumns().add(column("help.column.keys", ShortcutRow::keys, 170));
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        if (stage == null) {
            stage = new Stage();
            stage.setTitle(I18n.plain(I18n.tr("help.shortcuts.title")));
            Window window = owner.get();
            if (window != null) {
                stage.initOwner(window);
            }
        }
        // The table in a pane of its own: the pane is read as the dialog, the table as a table.
        Scene scene = new Scene(org.modesign.ui.a11y.AccessibleNames.dialog(new javafx.scene.layout.BorderPane(table),
                I18n.plain(I18n.tr("help.shortcuts.title"))), 660, 620);
        if (owner.get() != null && owner.get().getScene() != null) {
            scene.getStylesheets().setAll(owner.get().getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.show();
        stage.toFront();
    }

    private static TableColumn<ShortcutRow, String> column(String key, java.util.function.Function<ShortcutRow, String> value,
            double width) {
        TableColumn<ShortcutRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
