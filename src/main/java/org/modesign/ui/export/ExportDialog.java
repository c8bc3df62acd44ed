package org.modesign.ui.export;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.modesign.model.Phase;
import org.modesign.ui.i18n.I18n;

/** File ▸ Export ▸ Chart: a modal dialog around an {@link ExportForm}; Export answers the choice. */
final class ExportDialog {

    private ExportDialog() {
    }

    /** Asks how to export (as shown or expanded, when {@code folded}); empty when the user cancels. */
    static Optional<ExportChoice> ask(Window owner, ExportChoice start, List<Phase> phases, int selectedCards,
            boolean folded) {
        ExportForm form = new ExportForm(start, phases, selectedCards, folded);
        Dialog<ExportChoice> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr("export.dialog.title"));
        ButtonType export = new ButtonType(I18n.tr("export.dialog.export"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.tr("dialog.button.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(export, cancel);
        dialog.getDialogPane().setContent(form);
        // as wide as the form in the text size chosen: sized again once shown, styled, and never narrower
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        dialog.setResultConverter(button -> button == export ? form.choice() : null);
        return dialog.showAndWait();
    }
}
