package org.modesign.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;
import org.modesign.importer.ImportMessage;
import org.modesign.importer.ImportPreview;
import org.modesign.importer.ImportText;
import org.modesign.importer.PreviewRow;
import org.modesign.importer.RoleImporter;
import org.modesign.importer.UnusableCsv;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.action.EditorAction;

/**
 * File ▸ Import Roles from CSV: asks for a CSV file, reads it off the JavaFX thread, shows the
 * {@link ImportPreviewDialog}, and on Import applies the whole import as one undoable step and
 * selects the new roles. A file that cannot be used is explained in an error dialog. Use from the
 * JavaFX thread.
 */
public final class ImportRolesController {

    private final EditorContext context;
    private final Supplier<Window> owner;
    private final Executor background;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Path folder;

    /** Registers the action; files are read on a new daemon thread; dialogs are owned by {@code owner}. */
    public ImportRolesController(EditorContext context, Supplier<Window> owner) {
        this(context, owner, task -> {
            Thread thread = new Thread(task, "modesign-import");
            thread.setDaemon(true);
            thread.start();
        });
    }

    ImportRolesController(EditorContext context, Supplier<Window> owner, Executor background) {
        this.context = context;
        this.owner = owner;
        this.background = background;
        context.actions().register(EditorAction.IMPORT_ROLES, this::importRoles, busy.not());
    }

    /** Asks for a CSV file and previews its import. */
    public void importRoles() {
        context.dialogs().chooseFileToOpen(initialFolder(), FileType.CSV).ifPresent(this::read);
    }

    /** Reads {@code file} in the background, then shows what importing it would do. */
    private void read(Path file) {
        folder = file.toAbsolutePath().getParent();
        Design design = context.document().design();
        String scenario = context.document().scenario().id();
        busy.set(true);
        context.showStatus(I18n.tr("import.reading", file.getFileName()));
        background.execute(() -> {
            Reading reading = Reading.of(file, design, scenario);
            Platform.runLater(() -> {
                busy.set(false);
                context.showStatus("");
                show(file, reading);
            });
        });
    }

    private void show(Path file, Reading reading) {
        if (reading.failure() != null) {
            context.dialogs().showError(I18n.tr("import.failed.title"), I18n.tr("import.failed.message",
                    file.getFileName(), reading.failure().localized(I18n.bundle())));
            return;
        }
        ImportPreviewDialog.create(owner.get(), reading.preview(), () -> apply(reading.preview())).show();
    }

    private void apply(ImportPreview preview) {
        if (context.edit(preview.command())) {
            List<String> roles = preview.rows().stream().map(PreviewRow::role).map(r -> r.id()).toList();
            context.selection().selectNodes(roles);
            context.showStatus(I18n.tr("import.done", roles.size(), preview.source()));
        }
    }

    private Path initialFolder() {
        if (folder != null) {
            return folder;
        }
        Path file = context.document().fileProperty().get();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    /** What reading a file gave: a preview, or why the file cannot be used. */
    private record Reading(ImportPreview preview, ImportText failure) {

        static Reading of(Path file, Design design, String scenario) {
            try {
                return new Reading(RoleImporter.preview(file, design, scenario), null);
            } catch (UnusableCsv e) {
                return new Reading(null, e.text());
            } catch (RuntimeException e) {
                return new Reading(null, ImportText.of(ImportMessage.FILE_UNREADABLE, String.valueOf(e.getMessage())));
            }
        }
    }
}
