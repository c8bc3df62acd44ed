package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.modesign.model.Problem;
import org.modesign.ui.form.WrapCell;
import org.modesign.ui.i18n.I18n;

/**
 * Lists every problem of a file that could not be opened, each with its JSON path, in a table
 * that scrolls however many there are, with a button that copies them all as text.
 */
final class ProblemsDialog {

    private static final double WIDTH = 760;
    private static final double HEIGHT = 420;

    private ProblemsDialog() {
    }

    static Dialog<ButtonType> create(Window owner, Path file, List<Problem> problems) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr("dialog.problems.title"));
        dialog.setHeaderText(I18n.tr("dialog.problems.header", file.getFileName(), problems.size()));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(table(problems));
        dialog.getDialogPane().setPrefSize(WIDTH, HEIGHT);
        dialog.getDialogPane().setMinSize(WIDTH, HEIGHT);
        ButtonType copy = new ButtonType(I18n.tr("dialog.button.copy"), ButtonData.LEFT);
        ButtonType close = new ButtonType(I18n.tr("dialog.button.close"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(copy, close);
        Button copyButton = (Button) dialog.getDialogPane().lookupButton(copy);
        copyButton.setId("problems-copy");
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(asText(file, problems));
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        });
        return dialog;
    }

    /** The file, then one line per problem: "path: message". */
    static String asText(Path file, List<Problem> problems) {
        StringBuilder text = new StringBuilder(file.toString()).append('\n');
        for (Problem p : problems) {
            text.append(p).append('\n');
        }
        return text.toString();
    }

    private static TableView<Problem> table(List<Problem> problems) {
        TableView<Problem> table = new TableView<>();
        table.setId("problems-table");
        TableColumn<Problem, String> where = new TableColumn<>(I18n.tr("dialog.problems.path"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().path().isEmpty() ? I18n.tr("dialog.problems.wholeFile") : c.getValue().path()));
        where.setPrefWidth(WIDTH * 0.4);
        TableColumn<Problem, String> what = new TableColumn<>(I18n.tr("dialog.problems.message"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        what.setPrefWidth(WIDTH * 0.6);
        WrapCell.install(where);
        WrapCell.install(what);
        table.getColumns().add(where);
        table.getColumns().add(what);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(problems);
        return table;
    }
}
