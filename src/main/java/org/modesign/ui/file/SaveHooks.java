package org.modesign.ui.file;

import java.nio.file.Path;
import java.util.Optional;
import org.modesign.model.Design;

/** What a save asks of the shared-file handling before and after it writes. */
interface SaveHooks {

    /** Whether the document may only be saved elsewhere (Save As). */
    boolean readOnly();

    /** Before writing {@code target}: false stops the save (a colleague's change, not to be overwritten). */
    boolean mayWrite(Path target);

    /**
     * After {@code target} was written: it holds {@code written} (edits made meanwhile are not in
     * it). Returns what the status bar says instead of "Saved …", if anything.
     */
    Optional<String> saved(Path target, Design written);

    /** After a failed write: the work must be kept (for recovery). */
    void failed();

    /** Hooks that let every save through and do nothing. */
    SaveHooks NONE = new SaveHooks() {
        @Override
        public boolean readOnly() {
            return false;
        }

        @Override
        public boolean mayWrite(Path target) {
            return true;
        }

        @Override
        public Optional<String> saved(Path target, Design written) {
            return Optional.empty();
        }

        @Override
        public void failed() {
        }
    };
}
