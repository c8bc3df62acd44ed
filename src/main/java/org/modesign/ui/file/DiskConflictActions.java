package org.modesign.ui.file;

import java.util.Optional;
import org.modesign.model.Design;

/**
 * Compare and Merge for a design that changed on disk while it had unsaved changes here: three
 * designs, {@code base} (what the editor read or last saved), {@code mine} (the editor's) and
 * {@code theirs} (the disk's now). The editor offers the two buttons only once an implementation
 * is given ({@link FileController#setDiskConflictActions}); the comparison and merge views of one
 * design provide it.
 */
public interface DiskConflictActions {

    /** Shows how mine and theirs differ from base; changes nothing. */
    void compare(Design base, Design mine, Design theirs);

    /** A three-way merge of mine and theirs; the merged design, or empty when the user cancelled. */
    Optional<Design> merge(Design base, Design mine, Design theirs);
}
