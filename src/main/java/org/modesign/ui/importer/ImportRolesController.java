package org.modesign.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;
import org.modesign.edit.EditCommand;
import org.modesign.importer.AsIsStart;
import org.modesign.importer.ImportFile;
import org.modesign.importer.ImportMessage;
import org.modesign.importer.ImportOptions;
import org.modesign.importer.ImportPreview;
import org.modesign.importer.ImportText;
import org.modesign.importer.PreviewRow;
import org.modesign.importer.RoleImporter;
import org.modesign.importer.UnusableCsv;
import org.modesign.importer.mapping.ColumnMapping;
import org.modesign.importer.mapping.Locations;
import org.modesign.model.Design;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.base.FileType;
import org.modesign.ui.i18n.I18n;

/**
 * File ▸ Import Roles from CSV: asks for a CSV file, reads it off the JavaFX thread, maps its columns
 * (as found from headers and values, with the choices remembered for the same headers), shows the
 * {@link ImportPreviewDialog}, previews again off the JavaFX thread when the user changes the mapping
 * or the target, and on Import applies the whole import as one undoable step, remembers a changed
 * mapping, shows a new scenario and selects the new roles. A file that cannot be used is explained
 * in an error dialog. Use from the JavaFX thread.
 */
public final class ImportRolesController {

    /** How many rows the chooser's tooltips take their sample values from. */
    private static final int SAMPLE_ROWS = 50;

    private final EditorContext context;
    private final Supplier<Window> owner;
    private final Executor background;
    private final MappingMemory memory;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Path folder;

    /** Registers the action; files are read on a new daemon thread; dialogs are owned by {@code owner}. */
    public ImportRolesController(EditorContext context, Supplier<Window> owner) {
        this(context, owner, task -> {
            Thread thread = new Thread(task, "modesign-import");
            thread.setDaemon(true);
            thread.start();
        }, MappingMemory.forUser());
    }

    ImportRolesController(EditorContext context, Supplier<Window> owner, Executor background, MappingMemory memory) {
        this.context = context;
        this.owner = owner;
        this.background = background;
        this.memory = memory;
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
            Reading reading = Reading.first(file, design, scenario, memory);
            Platform.runLater(() -> {
                busy.set(false);
                context.showStatus("");
                show(file, reading, design, scenario);
            });
        });
    }

    private void show(Path file, Reading reading, Design design, String scenario) {
        if (reading.file() == null) {
            context.dialogs().showError(I18n.tr("import.failed.title"), I18n.tr("import.failed.message",
                    file.getFileName(), reading.failure().localized(I18n.bundle())));
            return;
        }
        ImportFile table = reading.file();
        ImportPreviewDialog.Previewer previewer = (mapping, newScenario, locations, done) -> background.execute(() -> {
            Reading again = Reading.of(table, design, scenario, mapping, newScenario, locations);
            Platform.runLater(() -> done.accept(again));
        });
        List<String> regions = design.regions().stream().map(r -> r.name()).toList();
        ImportPreviewDialog.create(owner.get(), reading, context.document().scenario().name(), regions,
                AsIsStart.applies(design), table.sample(SAMPLE_ROWS), previewer, this::apply).show();
    }

    private void apply(ImportPreview preview) {
        EditCommand edit = AsIsStart.edit(context.document().design(), preview, I18n.tr("import.asIs.phase"),
                I18n.tr("import.asIs.scenario"));
        if (context.edit(edit)) {
            if (changed(preview.mapping())) {
                memory.remember(preview.mapping());
            }
            if (preview.intoNewScenario()) {
                context.document().scenarioIdProperty().set(preview.scenario());
            }
            List<String> roles = preview.rows().stream().map(PreviewRow::role).map(r -> r.id()).toList();
            context.selection().selectNodes(roles);
            context.showStatus(I18n.tr("import.done", roles.size(), preview.source()));
        }
    }

    /** Whether the user chose a field for some column (so the mapping is worth remembering). */
    private static boolean changed(ColumnMapping mapping) {
        for (int i = 0; i < mapping.width(); i++) {
            if (mapping.how(i) == ColumnMapping.How.CHOSEN) {
                return true;
            }
        }
        return false;
    }

    private Path initialFolder() {
        if (folder != null) {
            return folder;
        }
        Path file = context.document().fileProperty().get();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    /**
     * What reading a file gave: the file, the mapping of its columns and the preview with it; or the file
     * and mapping and why that mapping cannot be used (the user may choose other columns); or, without a
     * file, why the file cannot be read at all.
     */
    record Reading(ImportFile file, ColumnMapping mapping, ImportPreview preview, ImportText failure) {

        /** The file read and previewed with the mapping found, and the choices remembered for its headers. */
        static Reading first(Path path, Design design, String scenario, MappingMemory memory) {
            ImportFile file;
            try {
                file = ImportFile.read(path);
            } catch (UnusableCsv e) {
                return new Reading(null, null, null, e.text());
            } catch (RuntimeException e) {
                return failed(e);
            }
            return of(file, design, scenario, memory.recall(file.mapping()), null, Locations.defaults());
        }

        /**
         * The preview of {@code file} with {@code mapping} and {@code locations}, into the scenario or a new
         * one named {@code newScenario}.
         */
        static Reading of(ImportFile file, Design design, String scenario, ColumnMapping mapping, String newScenario,
                Locations locations) {
            ImportOptions options = ImportOptions.STANDARD.withMapping(mapping).withLocations(locations);
            try {
                ImportPreview preview = newScenario == null ? RoleImporter.preview(file, design, scenario, options)
                        : RoleImporter.previewAsNewScenario(file, design, scenario, newScenario, options);
                return new Reading(file, mapping, preview, null);
            } catch (UnusableCsv e) {
                return new Reading(file, mapping, null, e.text());
            } catch (RuntimeException e) {
                return failed(e);
            }
        }

        private static Reading failed(RuntimeException e) {
            return new Reading(null, null, null, ImportText.of(ImportMessage.FILE_UNREADABLE, String.valueOf(e.getMessage())));
        }
    }
}
