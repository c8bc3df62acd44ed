package org.modesign.ui.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.modesign.edit.EditKey;
import org.modesign.edit.EditText;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.i18n.I18n;

/**
 * At start-up, offers the unsaved changes an earlier session left when it crashed. Restored
 * changes open as an unsaved document of their original file, so Save writes there. A recovery
 * that cannot be read back is never deleted: it is kept aside under a dated name, and the user is
 * told where.
 */
final class CrashRecovery {

    private final EditorContext context;
    private final Autosave autosave;
    private final BiConsumer<Design, Path> replaceDocument;
    private final Supplier<Design> newDesign;
    private final DesignReader reader = new DesignReader();
    /** The date in the name of a recovery kept aside: when it was last written, in local time. */
    private static final DateTimeFormatter KEPT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm")
            .withZone(ZoneId.systemDefault());

    /**
     * {@code replaceDocument} puts a design in the window as a clean document of a file;
     * {@code newDesign} makes the starting point of changes to a design that was never saved.
     */
    CrashRecovery(EditorContext context, Autosave autosave, BiConsumer<Design, Path> replaceDocument,
            Supplier<Design> newDesign) {
        this.context = context;
        this.autosave = autosave;
        this.replaceDocument = replaceDocument;
        this.newDesign = newDesign;
    }

    /**
     * Asks about each left-over recovery, newest first, until one is restored; a declined one is
     * deleted. Those after a restored one stay for the next start. True when one was restored.
     */
    boolean offer() {
        List<Recovery> leftovers;
        try {
            leftovers = autosave.store().leftovers();
        } catch (IOException e) {
            context.showStatus(I18n.tr("recovery.scanFailed", Sentences.reason(e)));
            return false;
        }
        for (Recovery leftover : leftovers) {
            String title = leftover.title().isBlank() ? I18n.tr("design.untitled") : leftover.title();
            if (context.dialogs().confirm(I18n.tr("recovery.title"),
                    I18n.tr("recovery.message", title, Date.from(leftover.writtenAt())))) {
                restore(leftover);
                return true;
            }
            autosave.deleteLeftover(leftover);
        }
        return false;
    }

    private void restore(Recovery leftover) {
        LoadResult recovered = reader.read(leftover.design());
        if (!recovered.ok()) {
            Path kept = keepAside(leftover);
            context.dialogs().showProblems(kept, recovered.problems());
            return;
        }
        Path original = leftover.originalFile();
        replaceDocument.accept(base(original), original);
        context.document().execute(new ReplaceDesign(recovered.design(), EditText.of(EditKey.RESTORE)));
        autosave.checkpoint();
        autosave.deleteLeftover(leftover);
        context.showStatus(I18n.tr("recovery.restored"));
    }

    /** Renames an unreadable recovery to a dated name beside it and says where it is; where it was when that fails. */
    private Path keepAside(Recovery leftover) {
        String title = leftover.title().isBlank() ? I18n.tr("design.untitled") : leftover.title();
        String stem = I18n.tr("recovery.keptName", FileNames.fromTitle(title), KEPT_AT.format(leftover.writtenAt()));
        try {
            Path kept = autosave.store().keepAside(leftover, FileNames.fromTitle(stem));
            context.showStatus(I18n.tr("recovery.keptAside", kept.toAbsolutePath()));
            return kept;
        } catch (IOException | RuntimeException e) {
            context.showStatus(I18n.tr("recovery.keptInPlace", leftover.design().toAbsolutePath(),
                    Sentences.reason(e)));
            return leftover.design();
        }
    }

    /** What the original file holds now, or a new design when there is no such file to read. */
    private Design base(Path original) {
        if (original != null && Files.isRegularFile(original)) {
            LoadResult onDisk = reader.read(original);
            if (onDisk.ok()) {
                return onDisk.design();
            }
        }
        return newDesign.get();
    }
}
