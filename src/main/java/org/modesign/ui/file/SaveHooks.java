package org.modesign.ui.file;

import java.nio.file.Path;

/** What a save asks of the shared-file handling before and after it writes. */
interface SaveHooks {

    /** Whether the document may only be saved elsewhere (Save As). */
    boolean readOnly();

    /** Before writing {@code target}: false stops the save (a colleague's change, not to be overwritten). */
    boolean mayWrite(Path target);

    /** After {@code target} was written. */
    void saved(Path target);

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
        public void saved(Path target) {
        }

        @Override
        public void failed() {
        }
    };
}
