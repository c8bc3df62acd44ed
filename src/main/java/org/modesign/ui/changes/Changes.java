package org.modesign.ui.changes;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import org.modesign.model.Design;
import org.modesign.ui.action.ActionRegistry;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.ChartView;
import org.modesign.ui.i18n.I18n;

/**
 * Working together on one design in the editor: File ▸ Compare with File…, File ▸ Compare with
 * Last Saved Version and File ▸ Merge…, and the entry points other parts of the editor call with
 * designs they already hold ({@link #compare}, {@link #merge}).
 */
public final class Changes {

    private final EditorContext context;
    private final CompareChanges compare;
    private final MergeDialog mergeDialog;
    private final DesignFiles files;

    /**
     * @param chart the chart that marks what changed
     * @param side puts the list of changes beside the chart (null: takes it away)
     * @param showChart brings the chart to the front
     * @param owner the editor's window, which owns the merge dialog
     */
    public Changes(EditorContext context, ChartView chart, Consumer<Node> side, Runnable showChart,
            Supplier<Window> owner) {
        this.context = context;
        this.files = new DesignFiles(context);
        this.compare = new CompareChanges(context, chart, side, showChart);
        this.mergeDialog = new MergeDialog(context, owner, files);
    }

    /** Registers File ▸ Compare with File…, Compare with Last Saved Version and Merge…. */
    public void register() {
        ActionRegistry actions = context.actions();
        var idle = files.busyProperty().not();
        actions.register(EditorAction.COMPARE_WITH_FILE, this::compareWithFile, idle);
        actions.register(EditorAction.COMPARE_WITH_SAVED, this::compareWithSaved, idle);
        actions.register(EditorAction.MERGE, () -> mergeDialog.open(null, null), idle);
    }

    /**
     * Shows on the chart what changed from {@code other} (called {@code otherName} in the list's
     * title, e.g. "the version on disk") to the open design, with the list of changes beside it.
     */
    public void compare(Design other, String otherName) {
        compare.show(other, otherName);
    }

    /** Returns to normal editing when the chart shows what changed. */
    public void closeCompare() {
        compare.close();
    }

    /** Whether the chart shows what changed. */
    public boolean isComparing() {
        return compare.isOpen();
    }

    /**
     * Opens File ▸ Merge… with the open design as ours, {@code base} as the version both grew from
     * and {@code theirs} as the other version, named {@code baseName} and {@code theirsName} for
     * the user; the user chooses a side for each conflict and merges.
     */
    public void merge(Design base, String baseName, Design theirs, String theirsName) {
        mergeDialog.open(new DesignFiles.Read(base, baseName), new DesignFiles.Read(theirs, theirsName));
    }

    /**
     * The three-way merge of the open design with {@code theirs} from {@code base}, in the merge
     * dialog, waited for: the merged design (not applied), or empty when the user closed it.
     */
    public Optional<Design> chooseMerge(Design base, String baseName, Design theirs, String theirsName) {
        return mergeDialog.chooseMerge(new DesignFiles.Read(base, baseName), new DesignFiles.Read(theirs, theirsName));
    }

    private void compareWithFile() {
        files.choose(r -> compare.show(r.design(), r.name()));
    }

    private void compareWithSaved() {
        Path file = context.document().fileProperty().get();
        if (file == null) {
            context.dialogs().showInformation(I18n.tr("changes.saved.title"), I18n.tr("changes.saved.none"));
            return;
        }
        files.read(file, saved -> compare.show(saved.design(), I18n.tr("changes.saved.name")));
    }

    CompareChanges compareView() {
        return compare;
    }

    MergeDialog mergeDialog() {
        return mergeDialog;
    }
}
