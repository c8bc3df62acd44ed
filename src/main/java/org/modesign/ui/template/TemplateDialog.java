package org.modesign.ui.template;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.modesign.ui.i18n.I18n;

/**
 * File ▸ New from Template: a modal list of the templates, each with a thumbnail of its chart, a
 * short description and its facts. Create (or a double click) answers the selected one.
 */
final class TemplateDialog {

    private static final double WIDTH = 900;
    private static final double HEIGHT = 660;
    /** Room left around the dialog on a small screen. */
    private static final double SCREEN_MARGIN = 80;

    private TemplateDialog() {
    }

    /** Asks which template to start from; empty when the user cancels. */
    static Optional<TemplateEntry> ask(Window owner, List<TemplateEntry> entries) {
        ListView<TemplateEntry> list = new ListView<>(FXCollections.observableArrayList(entries));
        list.setId("template-list");
        org.modesign.ui.a11y.AccessibleNames.name(list, I18n.tr("template.dialog.title"));
        list.setCellFactory(TemplateCell::new);
        list.getSelectionModel().selectFirst();
        Dialog<TemplateEntry> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr("template.dialog.title"));
        dialog.setHeaderText(I18n.tr("template.dialog.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setPrefSize(WIDTH, HEIGHT);
        // Without a minimum the window takes the narrow width its wrapping labels ask for.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        dialog.getDialogPane().setMinSize(Math.min(WIDTH, screen.getWidth() - SCREEN_MARGIN),
                Math.min(HEIGHT, screen.getHeight() - SCREEN_MARGIN));
        dialog.getDialogPane().setContent(list);
        ButtonType create = new ButtonType(I18n.tr("template.dialog.create"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.tr("dialog.button.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(create, cancel);
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("template-create");
        createButton.getStyleClass().add(Styles.ACCENT);
        createButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().lookupButton(cancel).setId("template-cancel");
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !createButton.isDisabled()) {
                createButton.fire();
            }
        });
        dialog.setResultConverter(button -> button == create ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> list.requestFocus());
        return dialog.showAndWait();
    }
}
