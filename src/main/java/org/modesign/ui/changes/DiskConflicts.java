package org.modesign.ui.changes;

import java.util.Optional;
import org.modesign.model.Design;
import org.modesign.ui.file.DiskConflictActions;
import org.modesign.ui.i18n.I18n;

/**
 * Compare and Merge for a design changed on disk while it had unsaved changes here (the changed-file
 * bar and question of ui.file), by the editor's own compare view and merge dialog: Compare marks on
 * the chart what the open design changed from the disk's version; Merge opens the merge dialog with
 * what was read as the base and the disk's version as theirs, and hands the result back.
 */
public final class DiskConflicts implements DiskConflictActions {

    private final Changes changes;

    public DiskConflicts(Changes changes) {
        this.changes = changes;
    }

    @Override
    public void compare(Design base, Design mine, Design theirs) {
        changes.compare(theirs, I18n.tr("changes.disk.theirs"));
    }

    @Override
    public Optional<Design> merge(Design base, Design mine, Design theirs) {
        return changes.chooseMerge(base, I18n.tr("changes.disk.base"), theirs, I18n.tr("changes.disk.theirs"));
    }
}
