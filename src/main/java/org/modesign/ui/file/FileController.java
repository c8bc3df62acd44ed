package org.modesign.ui.file;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.sharedfile.DesignLocks;
import org.modesign.sharedfile.FileFingerprint;
import org.modesign.starter.NewDesigns;
import org.modesign.starter.ProgramSamples;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.document.DocumentModel;

/**
 * The File menu: New, New from Template (once its dialog has chosen one), Open, Open Recent, Save,
 * Save As and Quit, each asking first what to do with unsaved changes where they would be lost; the
 * window title; crash recovery at start-up; and the design's file as others share it (its lock, and
 * changes made on disk while it is open: {@link SharedDesignFile}).
 * Use from the JavaFX thread.
 */
public final class FileController {

    private final EditorContext context;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final DesignLoader loader;
    private final DesignSaver saver;
    private final UnsavedChanges unsaved;
    private final SharedDesignFile shared;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Runnable onQuit = Platform::exit;

    /** Registers the file actions in {@code context.actions()}; shared-file questions in unowned dialogs. */
    public FileController(EditorContext context, RecentFiles recent, Autosave autosave) {
        this(context, recent, autosave, new FxSharedFileDialogs(null));
    }

    /**
     * Registers the file actions in {@code context.actions()}; designs are locked as this process,
     * and questions about shared files are asked by {@code sharedDialogs}.
     */
    public FileController(EditorContext context, RecentFiles recent, Autosave autosave,
            SharedFileDialogs sharedDialogs) {
        this(context, recent, autosave, new DesignLoader(context::showStatus), new DesignWriter()::save,
                DesignLocks.forThisProcess(), sharedDialogs);
    }

    FileController(EditorContext context, RecentFiles recent, Autosave autosave, DesignLoader loader,
            DesignWrite writer, DesignLocks locks, SharedFileDialogs sharedDialogs) {
        this(context, recent, autosave, loader, writer, locks, sharedDialogs, new DiskCheck(context::showStatus));
    }

    FileController(EditorContext context, RecentFiles recent, Autosave autosave, DesignLoader loader,
            DesignWrite writer, DesignLocks locks, SharedFileDialogs sharedDialogs, DiskCheck diskCheck) {
        this(context, recent, autosave, loader, writer, locks, sharedDialogs, diskCheck,
                new BackgroundSave(context::showStatus));
    }

    FileController(EditorContext context, RecentFiles recent, Autosave autosave, DesignLoader loader,
            DesignWrite writer, DesignLocks locks, SharedFileDialogs sharedDialogs, DiskCheck diskCheck,
            BackgroundSave backgroundSave) {
        this.context = context;
        this.recent = recent;
        this.autosave = autosave;
        this.loader = loader;
        this.saver = new DesignSaver(context, recent, this::recoveryAfterSave, writer, backgroundSave);
        busy.bind(loader.busyProperty().or(saver.busyProperty()));
        this.unsaved = new UnsavedChanges(context.document(), context.dialogs(), saver);
        this.shared = new SharedDesignFile(context, locks, sharedDialogs,
                new DiskWatch(context, loader, sharedDialogs, diskCheck), autosave::checkpoint);
        saver.setHooks(shared);
        register(context.actions(), diskCheck);
    }

    private void register(ActionRegistry actions, DiskCheck diskCheck) {
        var mayWrite = diskCheck.busyProperty().not().and(saver.busyProperty().not());
        var idle = loader.busyProperty().not().and(mayWrite);
        actions.register(EditorAction.NEW, this::newDesign, idle);
        actions.register(EditorAction.OPEN, this::open, idle);
        actions.register(EditorAction.SAVE, this::save, mayWrite);
        actions.register(EditorAction.SAVE_AS, this::saveAs, mayWrite);
        actions.register(EditorAction.QUIT, this::quit);
    }

    /**
     * The design File ▸ New starts from ("Untitled design"), named in the user's language, catalogue
     * too, its phase requiring the whole catalogue (the Phases tab's Require none clears it).
     */
    public static Design untitledDesign() {
        return NewDesigns.requiringCatalogue(NewDesigns.standard(I18n.tr("design.untitled"),
                I18n.tr("design.newPhase"), I18n.tr("design.newScenario"), I18n.language().locale()));
    }

    /** File ▸ New: a fresh untitled design, once unsaved changes are settled. */
    public void newDesign() {
        if (unsaved.settle()) {
            replaceDocument(untitledDesign(), null);
        }
    }

    /**
     * The window has the focus again: a design changed on disk meanwhile is reloaded, or, with
     * unsaved changes here, the change bar says so.
     */
    public void windowFocused() {
        if (!saver.busyProperty().get()) { // while a save writes the file, its change is our own
            shared.watch().windowFocused();
        }
    }

    /** Where the change bar shows (null: none; the check before a save still asks). */
    public void setChangeNotice(ChangeNotice notice) {
        shared.watch().setNotice(notice);
    }

    /** Compare and Merge of a design changed on disk; until given, only Reload and Keep mine are offered. */
    public void setDiskConflictActions(DiskConflictActions actions) {
        shared.watch().setActions(actions);
    }

    /** Whether the design was opened read-only (another editor has it): Save then asks for another file. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return shared.readOnlyProperty();
    }

    /**
     * The design the editor started with was read from {@code file} and is shown: locks it, asking
     * what to do when another editor has it open (closing that question opens it read-only).
     */
    public void startedWith(Path file) {
        shared.prepareOpen(file, false).ifPresent(opening -> {
            Design design = context.document().design();
            if (opening.mode() == SharedDesignFile.Mode.COPY) {
                context.document().open(design, null);
            }
            shared.opened(opening, design, DesignLoader.fingerprint(file));
        });
    }

    /** The editor closes: the design's lock file goes. */
    public void close() {
        shared.close();
    }

    /**
     * File ▸ New from Template: once unsaved changes are settled, {@code template} (named {@code name}
     * for the user) as a design that has no file yet. It opens as an unsaved change to a new design,
     * so the title shows it unsaved, Save asks for a file, and undo goes back to the new design.
     */
    public void newFromTemplate(Design template, String name) {
        if (unsaved.settle()) {
            replaceDocument(untitledDesign(), null);
            context.document().execute(new ReplaceDesign(template, EditText.of(EditKey.NEW_FROM_TEMPLATE, name)));
            context.document().scenarioIdProperty().set(template.scenarios().get(0).id());
            context.showStatus(I18n.tr("template.opened", name));
        }
    }

    /** File ▸ Open: once unsaved changes are settled, asks for a file and opens it. */
    public void open() {
        if (unsaved.settle()) {
            context.dialogs().chooseFileToOpen(saver.initialFolder()).ifPresent(this::load);
        }
    }

    /** Opens {@code file} (a recent file, or one given at start), once unsaved changes are settled. */
    public void open(Path file) {
        if (unsaved.settle()) {
            load(file);
        }
    }

    /**
     * Whether a file is being read or a design written (in the background): New, New from Template
     * and Open wait meanwhile.
     */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** File ▸ Save; true when the design was saved. */
    public boolean save() {
        return saver.save();
    }

    /** File ▸ Save As; true when the design was saved. */
    public boolean saveAs() {
        return saver.saveAs();
    }

    /** File ▸ Quit: closes the editor once unsaved changes are settled. */
    public void quit() {
        if (confirmClose()) {
            onQuit.run();
        }
    }

    /** What Quit does once it may (by default {@link Platform#exit()}). */
    public void setOnQuit(Runnable action) {
        this.onQuit = action;
    }

    /**
     * For the window's close request: true when it may close (no unsaved changes are left behind by
     * mistake). While a large design is being saved it may not: the status bar says the editor
     * closes once the save is done, and then Quit runs (asking about any edit made meanwhile).
     */
    public boolean confirmClose() {
        if (saver.busyProperty().get()) {
            quitAfterSave();
            return false;
        }
        return unsaved.settle();
    }

    private boolean quitPending;

    /** Quits once the save under way has ended (once, however often the user asks meanwhile). */
    private void quitAfterSave() {
        context.showStatus(I18n.tr("file.quitAfterSave"));
        if (quitPending) {
            return;
        }
        quitPending = true;
        saver.busyProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean busy) {
                if (!busy) {
                    obs.removeListener(this);
                    // After the save's own answer ("Saved …", or its error) has been given.
                    Platform.runLater(() -> {
                        quitPending = false;
                        quit();
                    });
                }
            }
        });
    }

    /** "MOdesign — title", with " •" while there are unsaved changes. */
    public StringBinding titleBinding() {
        return WindowTitle.of(context.document(), shared.readOnlyProperty());
    }

    /** File ▸ Open Recent. */
    public Menu recentMenu() {
        return RecentFilesMenu.create(recent, this::open);
    }

    /**
     * Offers to restore the unsaved changes a crashed session left (call once the window shows);
     * true when some were restored.
     */
    public boolean offerRecovery() {
        return new CrashRecovery(context, autosave, this::replaceDocument, FileController::untitledDesign).offer();
    }

    private void load(Path file) {
        DocumentModel document = context.document();
        Design before = document.design();
        shared.prepareOpen(file, true).ifPresent(opening ->
                loader.load(file, (result, print) -> loaded(opening, result, print, before)));
    }

    private void loaded(SharedDesignFile.Opening opening, LoadResult result, FileFingerprint print, Design before) {
        Path file = opening.file();
        if (!result.ok()) {
            shared.abandon(opening);
            context.dialogs().showProblems(file, result.problems());
            return;
        }
        // A large file is read in the background: changes made meanwhile need settling too.
        if (context.document().design() != before && !unsaved.settle()) {
            shared.abandon(opening);
            return;
        }
        recent.add(file);
        if (ProgramSamples.here().isSample(file)) {
            shared.abandon(opening); // a copy: the program's sample is neither locked nor overwritten
            replaceDocument(result.design(), null);
            context.showStatus(I18n.tr("file.sampleCopy", file.getFileName()));
            return;
        }
        showDocument(result.design(), opening.mode() == SharedDesignFile.Mode.COPY ? null : file);
        shared.opened(opening, result.design(), print);
        if (opening.mode() == SharedDesignFile.Mode.EDIT) {
            context.showStatus(I18n.tr("file.opened", file.getFileName()));
        }
    }

    /**
     * After a save the recovery copy is obsolete, unless edits made while a large design was being
     * written are still unsaved: then it is written anew, with them.
     */
    private void recoveryAfterSave() {
        autosave.discard();
        autosave.checkpoint();
    }

    /** Shows {@code design} as a clean document of {@code file}, locked when it can be (restored changes, New). */
    private void replaceDocument(Design design, Path file) {
        showDocument(design, file);
        shared.adopt(file, design);
    }

    private void showDocument(Design design, Path file) {
        context.selection().clear();
        context.document().open(design, file);
        autosave.discard();
    }
}
