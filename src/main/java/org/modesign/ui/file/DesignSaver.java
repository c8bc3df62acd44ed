package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.modesign.edit.RenameDesign;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;
import org.modesign.ui.base.DialogService;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.document.DocumentModel;

/**
 * Save and Save As: writes the design atomically, marks the document saved and remembers the
 * file; a failed save tells the user why and marks nothing saved.
 *
 * <p>A large design is written in the background ({@link BackgroundSave}) while the window stays
 * usable, and {@link #save()} and {@link #saveAs()} still answer only once it is written. The
 * design written is the one current when the write starts; edits made while it runs are kept
 * and stay unsaved: the document records the design written as saved, not the one current at
 * the end. A Save or Save As asked for while a save runs writes nothing and answers false.
 */
final class DesignSaver {

    /** The extension of design files, with its dot. */
    static final String EXTENSION = ".modesign";

    private final EditorContext context;
    private final RecentFiles recent;
    private final Runnable onSaved;
    private final DesignWrite writer;
    private final BackgroundSave background;
    private SaveHooks hooks = SaveHooks.NONE;

    /** {@code onSaved} runs after every successful save (the recovery is then obsolete). */
    DesignSaver(EditorContext context, RecentFiles recent, Runnable onSaved) {
        this(context, recent, onSaved, new DesignWriter()::save);
    }

    /** As above, writing with {@code writer}. */
    DesignSaver(EditorContext context, RecentFiles recent, Runnable onSaved, DesignWrite writer) {
        this(context, recent, onSaved, writer, new BackgroundSave(context::showStatus));
    }

    /** As above, writing large designs with {@code background}. */
    DesignSaver(EditorContext context, RecentFiles recent, Runnable onSaved, DesignWrite writer,
            BackgroundSave background) {
        this.context = context;
        this.recent = recent;
        this.onSaved = onSaved;
        this.writer = writer;
        this.background = background;
    }

    /** True while a large design is being written in the background. */
    ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    /** What the shared-file handling checks before and does after each save. */
    void setHooks(SaveHooks hooks) {
        this.hooks = hooks;
    }

    /** Saves to the document's file, or asks for one when it has none or is read-only; true when saved. */
    boolean save() {
        if (background.busy()) {
            return false;
        }
        Path file = context.document().fileProperty().get();
        return file == null || hooks.readOnly() ? saveAs() : saveTo(file);
    }

    /** Asks for a file and saves there; false when the user cancels or the save fails. */
    boolean saveAs() {
        if (background.busy()) {
            return false;
        }
        DocumentModel document = context.document();
        Path current = document.fileProperty().get();
        String suggested = current != null ? current.getFileName().toString()
                : suggestedName(document.design().title());
        Optional<Path> chosen = context.dialogs().chooseFileToSave(initialFolder(), suggested);
        if (chosen.isEmpty()) {
            return false;
        }
        Path target = withExtension(chosen.get());
        if (!target.equals(chosen.get()) && Files.exists(target) && !context.dialogs().confirm(
                I18n.tr("file.replace.title"), I18n.tr("file.replace.message", target.getFileName()))) {
            return false;
        }
        titleFromFile(target);
        return saveTo(target);
    }

    /**
     * A design still called "Untitled design" (in any of the editor's languages) takes the name of
     * the file it is first saved as, one undoable step; a title the user gave stays.
     */
    private void titleFromFile(Path target) {
        DocumentModel document = context.document();
        if (UntitledTitle.is(document.design().title())) {
            String name = target.getFileName().toString();
            String stem = name.substring(0, name.length() - EXTENSION.length()).strip();
            if (!stem.isEmpty()) {
                document.execute(new RenameDesign(stem));
            }
        }
    }

    /**
     * Where the file choosers start: the folder of the open file, else of the most recent one (the
     * dialog starts in the documents folder instead of a missing or the program's samples folder).
     */
    Path initialFolder() {
        Path current = context.document().fileProperty().get();
        if (current != null) {
            return current.getParent();
        }
        return recent.files().isEmpty() ? null : recent.files().get(0).getParent();
    }

    private boolean saveTo(Path file) {
        DocumentModel document = context.document();
        if (!hooks.mayWrite(file)) {
            return false;
        }
        Design written = document.design();
        try {
            background.write(written, file, writer);
        } catch (IOException | RuntimeException e) {
            // The work stays: unsaved, and in its recovery copy. No stack trace, only the reason.
            hooks.failed();
            context.dialogs().showError(I18n.tr("file.saveFailed.title"),
                    Sentences.sentence(Sentences.reason(e)) + " " + I18n.tr("file.saveFailed.kept"));
            return false;
        }
        document.markSaved(file, written);
        recent.add(file);
        onSaved.run();
        // Said last: the shared-file handling may first look at a large file, its progress in the status bar.
        context.showStatus(hooks.saved(file, written).orElseGet(() -> I18n.tr("file.saved", file.getFileName())));
        return true;
    }

    /** {@code file}, with {@value #EXTENSION} added when its name does not end with it. */
    static Path withExtension(Path file) {
        return FileNames.withExtension(file, EXTENSION);
    }

    /** A file name made from a design's title: characters no file system accepts become "-". */
    static String suggestedName(String title) {
        return FileNames.fromTitle(title) + EXTENSION;
    }
}
