package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.sharedfile.DiskChange;
import org.modesign.sharedfile.DiskState;
import org.modesign.sharedfile.FileFingerprint;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.SharedFileDialogs.DiskChoice;
import org.modesign.ui.i18n.I18n;

/**
 * Watches the open design's file for changes made by others (a colleague, a {@code git pull}):
 * when the window gets the focus again and before every save. A change with nothing unsaved here
 * is reloaded (one undoable step); a change with unsaved edits is said in a {@link ChangeNotice}
 * bar, and at a save in a dialog, offering Reload, Keep mine and, once given, Compare and Merge.
 * A save never overwrites a changed file unless the user chose to. Use from the JavaFX thread.
 */
final class DiskWatch {

    /** What a save may do after the check. */
    enum SaveCheck {
        /** Write: the file is as read, or the user chose to overwrite it. */
        WRITE,
        /** Write anew: the file was deleted or moved away while open. */
        WRITE_ANEW,
        /** Do not write (cancelled, reloaded, or being compared or merged). */
        STOP
    }

    private final EditorContext context;
    private final DesignLoader loader;
    private final SharedFileDialogs dialogs;
    private final DiskCheck check;
    private ChangeNotice notice;
    private DiskConflictActions actions;
    private DiskState disk;
    private Design base;

    /** {@code check} looks at the file (hashing a large one in the background while the save waits). */
    DiskWatch(EditorContext context, DesignLoader loader, SharedFileDialogs dialogs, DiskCheck check) {
        this.context = context;
        this.loader = loader;
        this.dialogs = dialogs;
        this.check = check;
    }

    void setNotice(ChangeNotice notice) {
        this.notice = notice;
    }

    void setActions(DiskConflictActions actions) {
        this.actions = actions;
    }

    /** The document now shows {@code design}, read from {@code file} as {@code print} (null file: no file). */
    void follow(Path file, Design design, FileFingerprint print) {
        hideNotice();
        disk = file == null ? null : new DiskState(file, print);
        base = design;
    }

    /** The document was saved to {@code file}: what it holds now is the design's, and the new base. */
    void saved(Path file, Design design) {
        follow(file, design, check.fingerprint(file));
    }

    /** What {@code file} holds now (a large file hashed in the background), or null when that cannot be told. */
    FileFingerprint fingerprint(Path file) {
        return check.fingerprint(file);
    }

    /** The file being followed, or null. */
    Path file() {
        return disk == null ? null : disk.file();
    }

    /** The window has the focus again: looks at the file (quickly) and reacts to a change. */
    void windowFocused() {
        if (disk == null || loader.busyProperty().get() || check.busyProperty().get()
                || !disk.file().equals(document().fileProperty().get())) {
            return;
        }
        DiskState looked = disk;
        if (check.check(looked, false) != DiskChange.CHANGED || disk != looked) {
            return;
        }
        if (!document().dirtyProperty().get()) {
            reload();
        } else if (notice != null && !notice.showing()) {
            notice.show(I18n.tr("disk.changed.bar", name()), choices(), this::answer);
        }
    }

    /**
     * Before saving to {@code target}: looks at the file (thoroughly) and asks when it changed. A
     * large file is hashed in the background while the window stays responsive; nothing is written
     * before the answer. A save asked for while an earlier look still runs does not write.
     */
    SaveCheck beforeSave(Path target) {
        if (disk == null || !disk.file().equals(target)) {
            return SaveCheck.WRITE;
        }
        if (check.busyProperty().get()) {
            return SaveCheck.STOP;
        }
        DiskState looked = disk;
        DiskChange change = check.check(looked, true);
        if (disk != looked) {
            return SaveCheck.STOP; // another design was opened meanwhile
        }
        if (change == DiskChange.MISSING) {
            return SaveCheck.WRITE_ANEW;
        }
        if (change == DiskChange.UNCHANGED) {
            return SaveCheck.WRITE;
        }
        DiskChoice choice = dialogs.askAboutChangedFile(target, actions != null);
        if (choice == DiskChoice.KEEP_MINE) {
            hideNotice();
            return SaveCheck.WRITE;
        }
        answer(choice);
        return SaveCheck.STOP;
    }

    private void answer(DiskChoice choice) {
        switch (choice) {
            case RELOAD -> reload();
            case KEEP_MINE -> keepMine();
            case COMPARE -> withTheirs((theirs, print) -> actions.compare(base, document().design(), theirs));
            case MERGE -> withTheirs(this::merge);
            case CANCEL -> { }
        }
    }

    /** Their version replaces mine, as one undoable step, and counts as saved. */
    private void reload() {
        Path file = disk.file();
        withTheirs((theirs, print) -> {
            context.selection().clear();
            context.document().execute(new ReplaceDesign(theirs, EditText.of(EditKey.RELOAD_FROM_DISK)));
            context.document().markSaved(file);
            follow(file, theirs, print);
            context.showStatus(I18n.tr("disk.reloaded", file.getFileName()));
        });
    }

    /** Mine stays; the next save overwrites what is on disk now, knowingly. */
    private void keepMine() {
        hideNotice();
        disk.remember(check.fingerprint(disk.file()));
        context.showStatus(I18n.tr("disk.keptMine", name()));
    }

    private void merge(Design theirs, FileFingerprint print) {
        Optional<Design> merged = actions.merge(base, document().design(), theirs);
        if (merged.isPresent()) {
            context.document().execute(new ReplaceDesign(merged.get(), EditText.of(EditKey.MERGE_WITH_DISK)));
            hideNotice();
            disk.remember(print);
            base = theirs;
        }
    }

    /** Reads the disk's version and hands it on; says why when it cannot be read. */
    private void withTheirs(java.util.function.BiConsumer<Design, FileFingerprint> then) {
        Path file = disk.file();
        loader.load(file, (LoadResult result, FileFingerprint print) -> {
            if (!result.ok()) {
                String why = result.problems().isEmpty() ? "" : result.problems().get(0).message();
                context.showStatus(I18n.tr("disk.unreadable", file.getFileName(), why));
                return;
            }
            if (disk != null && file.equals(disk.file())) {
                then.accept(result.design(), print);
            }
        });
    }

    private List<DiskChoice> choices() {
        List<DiskChoice> choices = new ArrayList<>(List.of(DiskChoice.RELOAD, DiskChoice.KEEP_MINE));
        if (actions != null) {
            choices.add(DiskChoice.COMPARE);
            choices.add(DiskChoice.MERGE);
        }
        return choices;
    }

    private void hideNotice() {
        if (notice != null) {
            notice.hide();
        }
    }

    private String name() {
        return disk.file().getFileName().toString();
    }

    private DocumentModel document() {
        return context.document();
    }
}
