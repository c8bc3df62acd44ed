package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.modesign.model.Design;
import org.modesign.sharedfile.DesignLock;
import org.modesign.sharedfile.DesignLocks;
import org.modesign.sharedfile.FileFingerprint;
import org.modesign.sharedfile.LockAttempt;
import org.modesign.sharedfile.LockOwner;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.file.SharedFileDialogs.LockChoice;
import org.modesign.ui.i18n.I18n;

/**
 * The open design's file as others share it: its lock ({@code .~lock.NAME#}, held while it is open
 * here), whether it was opened read-only, and the {@link DiskWatch} on its content. Opening asks
 * what to do when another editor holds the design; closing, quitting and opening another design
 * release the lock. Use from the JavaFX thread.
 */
final class SharedDesignFile implements SaveHooks {

    /** How a design is opened. */
    enum Mode {
        /** For editing, locked here (or unlockable: then with a warning). */
        EDIT,
        /** Read-only: Save asks for another file. */
        READ_ONLY,
        /** As a copy with no file: Save asks where to keep it. */
        COPY
    }

    /** A decided opening of {@code file}: how, and the lock taken for it (null: none). */
    record Opening(Path file, Mode mode, DesignLock lock) {
    }

    private final EditorContext context;
    private final DesignLocks locks;
    private final SharedFileDialogs dialogs;
    private final DiskWatch watch;
    private final Runnable keepForRecovery;
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private DesignLock lock;
    private boolean anew;

    /** {@code keepForRecovery} writes the recovery copy now (after a failed save). */
    SharedDesignFile(EditorContext context, DesignLocks locks, SharedFileDialogs dialogs, DiskWatch watch,
            Runnable keepForRecovery) {
        this.context = context;
        this.locks = locks;
        this.dialogs = dialogs;
        this.watch = watch;
        this.keepForRecovery = keepForRecovery;
    }

    DiskWatch watch() {
        return watch;
    }

    ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The lock held now, or null. */
    DesignLock lock() {
        return lock;
    }

    /**
     * Decides how to open {@code file}: locks it, or asks what to do when another editor holds it.
     * Empty when the user chose not to open it ({@code mayCancel}; otherwise closing the question
     * opens it read-only).
     */
    Optional<Opening> prepareOpen(Path file, boolean mayCancel) {
        if (lock != null && lock.lockFile().equals(DesignLocks.lockFileOf(file))) {
            return Optional.of(new Opening(file, Mode.EDIT, lock)); // open here already
        }
        LockAttempt attempt = locks.acquire(file);
        if (attempt instanceof LockAttempt.Held held) {
            LockChoice choice = dialogs.askAboutLock(file, held.owner());
            switch (choice) {
                case READ_ONLY -> {
                    return Optional.of(new Opening(file, Mode.READ_ONLY, null));
                }
                case COPY -> {
                    return Optional.of(new Opening(file, Mode.COPY, null));
                }
                case ANYWAY -> attempt = locks.takeOver(file);
                case CANCEL -> {
                    return mayCancel ? Optional.empty() : Optional.of(new Opening(file, Mode.READ_ONLY, null));
                }
            }
        }
        return Optional.of(new Opening(file, Mode.EDIT, locked(file, attempt)));
    }

    /** The opening did not happen (the file could not be read, or the user went back): its lock goes. */
    void abandon(Opening opening) {
        if (opening.lock() != null && opening.lock() != lock) {
            release(opening.lock());
        }
    }

    /**
     * The document now shows {@code design} as {@code opening} decided ({@code print}: the file's
     * fingerprint when it was read). The lock of the design shown before is released.
     */
    void opened(Opening opening, Design design, FileFingerprint print) {
        if (lock != null && lock != opening.lock()) {
            release(lock);
        }
        lock = opening.lock();
        readOnly.set(opening.mode() == Mode.READ_ONLY);
        anew = false;
        watch.follow(opening.mode() == Mode.COPY ? null : opening.file(), design, print);
        if (opening.mode() == Mode.READ_ONLY) {
            context.showStatus(I18n.tr("lock.openedReadOnly", opening.file().getFileName()));
        } else if (opening.mode() == Mode.COPY) {
            context.showStatus(I18n.tr("lock.openedCopy", opening.file().getFileName()));
        }
    }

    /**
     * The document shows {@code design} for {@code file} without asking anyone (restored changes):
     * locked when it can be, with a note in the status bar when it cannot. A null file: no file.
     */
    void adopt(Path file, Design design) {
        if (file == null) {
            detach();
            return;
        }
        opened(editing(file), design, DesignLoader.fingerprint(file));
    }

    /** {@code file} opened for editing, with the lock held already or taken now (when it can be). */
    private Opening editing(Path file) {
        return new Opening(file, Mode.EDIT, lock != null && lock.lockFile().equals(
                DesignLocks.lockFileOf(file)) ? lock : locked(file, locks.acquire(file)));
    }

    /** The document no longer belongs to a file (New, New from Template): the lock goes. */
    void detach() {
        release(lock);
        lock = null;
        readOnly.set(false);
        watch.follow(null, null, null);
    }

    /** The editor closes: the lock goes. */
    void close() {
        release(lock);
        lock = null;
    }

    /** The lock of {@code attempt}, or null with a warning in the status bar when it could not be had. */
    private DesignLock locked(Path file, LockAttempt attempt) {
        if (attempt instanceof LockAttempt.Acquired got) {
            return got.lock();
        }
        if (attempt instanceof LockAttempt.Held held) {
            context.showStatus(I18n.tr("lock.alsoOpen", file.getFileName(), owner(held.owner())));
        } else if (attempt instanceof LockAttempt.Unlockable no) {
            context.showStatus(I18n.tr("lock.unlockable", file.getFileName(), Sentences.sentence(no.reason())));
        }
        return null;
    }

    /** "alice (on laptop) since 7 Dec 2026, 09:00", for the questions and notes. */
    static String owner(LockOwner owner) {
        return I18n.tr("lock.owner", owner.user(), owner.host(), Date.from(owner.since()));
    }

    private void release(DesignLock held) {
        if (held == null) {
            return;
        }
        try {
            held.release();
        } catch (IOException e) {
            context.showStatus(I18n.tr("lock.releaseFailed", held.lockFile().getFileName(), Sentences.reason(e)));
        }
    }

    // Save hooks

    @Override
    public boolean readOnly() {
        return readOnly.get();
    }

    @Override
    public boolean mayWrite(Path target) {
        DiskWatch.SaveCheck check = watch.beforeSave(target);
        anew = check == DiskWatch.SaveCheck.WRITE_ANEW;
        return check != DiskWatch.SaveCheck.STOP;
    }

    @Override
    public Optional<String> saved(Path target, Design written) {
        readOnly.set(false);
        if (target.equals(watch.file())) {
            watch.saved(target, written);
            if ((lock == null || !lock.held()) && locks.acquire(target) instanceof LockAttempt.Acquired got) {
                lock = got.lock(); // the lock went meanwhile (its taker closed): hold it again, quietly
            }
        } else {
            // Save As: this file is now the one open (a large one fingerprinted in the background)
            opened(editing(target), written, watch.fingerprint(target));
        }
        if (anew) {
            anew = false;
            return Optional.of(I18n.tr("disk.savedAnew", target.getFileName()));
        }
        return Optional.empty();
    }

    @Override
    public void failed() {
        keepForRecovery.run();
    }
}
