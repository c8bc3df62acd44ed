package org.modesign.ui.file;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.modesign.model.Problem;
import org.modesign.ui.base.DialogService;
import org.modesign.ui.base.FileType;
import org.modesign.ui.i18n.I18n;

/** The editor's dialogs as JavaFX windows owned by the main window; every text from the bundle. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    /** Dialogs owned by {@code owner} (null: no owner). */
    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder, FileType type) {
        FileChooser chooser = chooser(type == FileType.DESIGN ? "dialog.open.title" : "dialog.openFile.title",
                initialFolder, type);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName, FileType type) {
        FileChooser chooser = chooser(type == FileType.DESIGN ? "dialog.saveAs.title" : "dialog.saveFile.title",
                initialFolder, type);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        org.modesign.ui.a11y.AccessibleNames.name(dialog.getEditor(), org.modesign.ui.i18n.I18n.plain(prompt));
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public SaveChoice askToSaveChanges(String designTitle) {
        ButtonType save = new ButtonType(I18n.tr("dialog.button.save"), ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.tr("dialog.button.dontSave"), ButtonData.NO);
        ButtonType cancel = new ButtonType(I18n.tr("dialog.button.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(AlertType.CONFIRMATION, I18n.tr("dialog.unsaved.title"),
                I18n.tr("dialog.unsaved.message"), save, discard, cancel);
        alert.setHeaderText(I18n.tr("dialog.unsaved.header", designTitle));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(save::equals).isPresent()) {
            return SaveChoice.SAVE;
        }
        return answer.filter(discard::equals).isPresent() ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public void showProblems(Path file, List<Problem> problems) {
        ProblemsDialog.create(owner, file, problems).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        ButtonType close = new ButtonType(I18n.tr("dialog.button.close"), ButtonData.OK_DONE);
        alert(AlertType.INFORMATION, title, message, close).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        ButtonType close = new ButtonType(I18n.tr("dialog.button.close"), ButtonData.OK_DONE);
        alert(AlertType.ERROR, title, message, close).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(I18n.tr("dialog.button.yes"), ButtonData.YES);
        ButtonType no = new ButtonType(I18n.tr("dialog.button.no"), ButtonData.NO);
        return alert(AlertType.CONFIRMATION, title, message, yes, no).showAndWait().filter(yes::equals).isPresent();
    }

    private Alert alert(AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setResizable(true);
        return alert;
    }

    private static FileChooser chooser(String titleKey, Path initialFolder, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.tr(type.descriptionKey()), type.patterns()),
                new FileChooser.ExtensionFilter(I18n.tr("dialog.filter.all"), "*"));
        Path start = StartFolder.of(initialFolder);
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }
}
