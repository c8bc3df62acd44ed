package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.modesign.sharedfile.LockOwner;
import org.modesign.ui.i18n.I18n;

/** The shared-file questions as JavaFX dialogs owned by the main window; every text from the bundle. */
public final class FxSharedFileDialogs implements SharedFileDialogs {

    private final Window owner;

    /** Dialogs owned by {@code owner} (null: no owner). */
    public FxSharedFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public LockChoice askAboutLock(Path design, LockOwner holder) {
        ButtonType readOnly = new ButtonType(I18n.tr("lock.button.readOnly"), ButtonData.YES);
        ButtonType copy = new ButtonType(I18n.tr("lock.button.copy"), ButtonData.OTHER);
        ButtonType anyway = new ButtonType(I18n.tr("lock.button.anyway"), ButtonData.NO);
        ButtonType cancel = new ButtonType(I18n.tr("dialog.button.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(I18n.tr("lock.title"), I18n.tr("lock.message", design.getFileName(),
                SharedDesignFile.owner(holder)), readOnly, copy, anyway, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        return Map.of(readOnly, LockChoice.READ_ONLY, copy, LockChoice.COPY, anyway, LockChoice.ANYWAY)
                .getOrDefault(answer.orElse(cancel), LockChoice.CANCEL);
    }

    @Override
    public DiskChoice askAboutChangedFile(Path design, boolean compareAndMerge) {
        List<ButtonType> buttons = new ArrayList<>();
        ButtonType reload = new ButtonType(I18n.tr("disk.button.reload"), ButtonData.OTHER);
        ButtonType keep = new ButtonType(I18n.tr("disk.button.keepMine"), ButtonData.YES);
        ButtonType compare = new ButtonType(I18n.tr("disk.button.compare"), ButtonData.HELP);
        ButtonType merge = new ButtonType(I18n.tr("disk.button.merge"), ButtonData.HELP_2);
        ButtonType cancel = new ButtonType(I18n.tr("dialog.button.cancel"), ButtonData.CANCEL_CLOSE);
        buttons.add(reload);
        buttons.add(keep);
        if (compareAndMerge) {
            buttons.add(compare);
            buttons.add(merge);
        }
        buttons.add(cancel);
        Alert alert = alert(I18n.tr("disk.changed.title"), I18n.tr("disk.changed.message", design.getFileName()),
                buttons.toArray(ButtonType[]::new));
        // Enter must not overwrite a colleague's work: Cancel is the default, not Keep Mine.
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return Map.of(reload, DiskChoice.RELOAD, keep, DiskChoice.KEEP_MINE, compare, DiskChoice.COMPARE,
                merge, DiskChoice.MERGE).getOrDefault(answer, DiskChoice.CANCEL);
    }

    private Alert alert(String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(AlertType.WARNING, message, buttons);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setResizable(true);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(640); // room for four buttons with their whole labels
        return alert;
    }
}
