package org.modesign.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare and Merge offered for a design changed on disk (ui.file's changed-file bar) use the editor's
 * own compare view and merge dialog: Compare marks what the open design changed from the disk's
 * version; Merge waits for the user's choices and hands the merged design back without applying it
 * (the caller makes it one undoable step); closing the dialog hands nothing back.
 */
@ExtendWith(ApplicationExtension.class)
class DiskConflictsTest {

    private ChangesFixture editor;
    private DiskConflicts conflicts;

    @Start
    void start(Stage stage) {
        editor = new ChangesFixture(stage, MergeDialogTest.ours(), null);
        conflicts = new DiskConflicts(editor.changes());
    }

    @Test
    void compareMarksWhatTheOpenDesignChangedFromTheDisk(FxRobot robot) {
        robot.interact(() -> conflicts.compare(ChangesFixture.base(), MergeDialogTest.ours(), MergeDialogTest.theirs()));
        assertTrue(editor.changes().isComparing());
        robot.interact(editor.changes()::closeCompare);
    }

    @Test
    void mergeHandsTheChosenResultBackWithoutApplyingIt(FxRobot robot) throws Exception {
        Design mine = MergeDialogTest.ours();
        CompletableFuture<Optional<Design>> merged = new CompletableFuture<>();
        Platform.runLater(() -> merged.complete(conflicts.merge(ChangesFixture.base(), mine, MergeDialogTest.theirs())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "#merge-theirs-0"));
        robot.clickOn("#merge-theirs-0");
        robot.clickOn("#merge-apply");
        Design result = merged.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals("Campaign lead", title(result, "b"), "theirs chosen for the conflict");
        assertEquals(2, ((Role) result.scenarios().get(0).node("a").orElseThrow()).fte(), "their other change taken");
        assertEquals(mine, editor.context.document().design(), "not applied: the caller applies it");
        assertFalse(editor.context.document().canUndoProperty().get());
    }

    @Test
    void closingTheDialogHandsNothingBack(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Design>> merged = new CompletableFuture<>();
        Platform.runLater(() -> merged.complete(conflicts.merge(ChangesFixture.base(), MergeDialogTest.ours(),
                MergeDialogTest.theirs())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot, "#merge-cancel"));
        robot.clickOn("#merge-cancel");
        assertEquals(Optional.empty(), merged.get(10, TimeUnit.SECONDS));
    }

    /** Whether {@code query} finds a node in a window that is showing (the dialog's stage is kept between uses). */
    private static boolean shown(FxRobot robot, String query) throws Exception {
        // Asked on the JavaFX thread, and as the robot's click asks it (the node and its parents visible, its window showing).
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery().isPresent()).get();
    }

    private static String title(Design design, String id) {
        return design.scenarios().get(0).node(id).orElseThrow().label();
    }
}
