package org.modesign.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.changes.ChangesFixture.fx;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Role;
import org.modesign.ui.action.EditorAction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Merge…: two changed copies with a conflict, theirs chosen for it, the result one undoable step. */
@ExtendWith(ApplicationExtension.class)
class MergeDialogTest {

    @TempDir
    static Path dir;

    private ChangesFixture editor;

    /** Ours: b renamed one way. */
    static Design ours() {
        return ChangesFixture.role(ChangesFixture.base(), "b", r -> r.withTitle("Lifecycle manager"));
    }

    /** Theirs: b renamed another way (a conflict), a's FTE changed and role e added (no conflict). */
    static Design theirs() {
        Design d = ChangesFixture.role(ChangesFixture.base(), "b", r -> r.withTitle("Campaign lead"));
        d = ChangesFixture.role(d, "a", r -> r.withFte(2));
        return ChangesFixture.with(d, Role.of("e", "Video producer", Archetype.MAKER, 780, 360).withTeam("coe"));
    }

    @Start
    void start(Stage stage) {
        editor = new ChangesFixture(stage, ours(), null);
    }

    private void openWithBothFiles(FxRobot robot) {
        Path base = ChangesFixture.save(ChangesFixture.base(), dir.resolve("base.modesign"));
        Path theirs = ChangesFixture.save(theirs(), dir.resolve("theirs.modesign"));
        robot.interact(() -> editor.context.actions().run(EditorAction.MERGE));
        WaitForAsyncUtils.waitForFxEvents();
        editor.dialogs.filesToOpen.add(Optional.of(base));
        robot.clickOn("#merge-choose-base");
        editor.dialogs.filesToOpen.add(Optional.of(theirs));
        robot.clickOn("#merge-choose-theirs");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theirsChosenForTheConflictIsTakenWithTheRestAndUndoneInOneStep(FxRobot robot) {
        openWithBothFiles(robot);
        String summary = robot.lookup("#merge-summary").queryAs(Label.class).getText();
        assertEquals("2 changes of theirs come in without conflict. 1 conflict: choose a side for it.", summary);
        assertTrue(robot.lookup("#merge-ours-0").queryLabeled().getText().contains("\"Lifecycle manager\""));
        assertTrue(robot.lookup("#merge-theirs-0").queryLabeled().getText().contains("\"Campaign lead\""));
        assertTrue(robot.lookup("#merge-conflict-0").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .anyMatch(t -> t.equals("1. The field \u201Ctitle\u201D of the role \u201CLifecycle manager\u201D (b) in "
                        + "scenario \u201CCentralized\u201D")), "the place in words");

        robot.clickOn("#merge-theirs-0");
        robot.clickOn("#merge-apply");
        WaitForAsyncUtils.waitForFxEvents();
        Design merged = editor.document.design();
        assertEquals(java.util.List.of(), Integrity.check(merged));
        assertEquals("Campaign lead", title(merged, "b"), "theirs chosen for the conflict");
        assertEquals(2, ((Role) merged.scenarios().get(0).node("a").orElseThrow()).fte(), "their change taken");
        assertTrue(merged.scenarios().get(0).node("e").isPresent(), "their new role taken");
        assertFalse(fx(() -> editor.changes().mergeDialog().stage().isShowing()), "the dialog closed");
        assertTrue(editor.document.undoTextProperty().get().endsWith("Merge \u201Ctheirs.modesign\u201D"),
                editor.document.undoTextProperty().get());

        robot.interact(editor.document::undo);
        assertEquals(ours(), editor.document.design(), "one undo takes the whole merge back");
        assertFalse(editor.document.canUndoProperty().get());
    }

    @Test
    void takeAllOursKeepsOurValueAndCancelChangesNothing(FxRobot robot) {
        openWithBothFiles(robot);
        robot.clickOn("#merge-all-theirs");
        assertTrue(robot.lookup("#merge-theirs-0").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.clickOn("#merge-all-ours");
        assertTrue(robot.lookup("#merge-ours-0").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.clickOn("#merge-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lifecycle manager", title(editor.document.design(), "b"));
        assertTrue(editor.document.design().scenarios().get(0).node("e").isPresent());

        robot.interact(editor.document::undo);
        openWithBothFiles(robot);
        robot.clickOn("#merge-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ours(), editor.document.design());
    }

    private static String title(Design d, String id) {
        return ((Role) d.scenarios().get(0).node(id).orElseThrow()).title();
    }
}
