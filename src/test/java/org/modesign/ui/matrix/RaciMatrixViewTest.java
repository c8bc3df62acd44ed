package org.modesign.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The matrix driven as a user would: open it, type letters, clear them, undo, follow phases. */
@ExtendWith(ApplicationExtension.class)
class RaciMatrixViewTest {

    private MatrixFixture editor;

    @Start
    void start(Stage stage) {
        editor = new MatrixFixture(stage);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openMatrix(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        assertEquals(WorkspaceView.MATRIX, editor.shown());
    }

    @Test
    void aLetterTypedInACellIsSetOnTheRoleClearedByDeleteAndRestoredByUndo(FxRobot robot) {
        openMatrix(robot);
        robot.clickOn(editor.cell("web", "analyst"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("analyst"), List.copyOf(editor.context.selection().nodes()),
                "the click selects the role, so the inspector shows it");
        type(robot, KeyCode.C);
        assertEquals(List.of(new Responsibility("data", Raci.A), new Responsibility("web", Raci.C)),
                editor.role("analyst").responsibilities());
        assertEquals(Optional.of(Raci.C), editor.inspectorLetter("web"), "the inspector agrees");

        type(robot, KeyCode.DELETE);
        assertEquals(List.of(new Responsibility("data", Raci.A)), editor.role("analyst").responsibilities());
        assertTrue(editor.document.scenario().node("analyst").isPresent(), "Delete clears the cell, not the role");

        shortcut(robot, KeyCode.Z);
        assertEquals(Raci.C, editor.role("analyst").raciFor("web").orElseThrow(), "undo brings the letter back");
        assertEquals(WorkspaceView.MATRIX, editor.shown());
    }

    @Test
    void theStatusColumnFollowsEveryEdit(FxRobot robot) throws Exception {
        openMatrix(robot);
        editor.awaitStatus("data", "Staffed");
        editor.awaitStatus("web", "Not required");
        robot.clickOn(editor.cell("data", "analyst"));
        type(robot, KeyCode.R);
        editor.awaitStatus("data", "No accountable in Phase 1");
        type(robot, KeyCode.BACK_SPACE);
        editor.awaitStatus("data", "Unstaffed in Phase 1");
        type(robot, KeyCode.END);
        type(robot, KeyCode.A);
        assertEquals(Raci.A, editor.role("campaigns").raciFor("data").orElseThrow(),
                "End moved the cursor to the last role");
        editor.awaitStatus("data", "Staffed");
    }

    @Test
    void arrowKeysMoveTheCursorAndSelectItsRole(FxRobot robot) {
        openMatrix(robot);
        robot.clickOn(editor.cell("data", "analyst"));
        type(robot, KeyCode.DOWN);
        type(robot, KeyCode.RIGHT);
        type(robot, KeyCode.RIGHT);
        assertArrayEquals(new String[] {"web", "campaigns"}, editor.matrix().cursor(),
                "over all phases the columns are the CoE's analyst and developer, then the manager without a team");
        assertEquals(List.of("campaigns"), List.copyOf(editor.context.selection().nodes()));
        type(robot, KeyCode.HOME);
        assertArrayEquals(new String[] {"web", "analyst"}, editor.matrix().cursor());
    }

    @Test
    void inAPhaseOnlyItsActiveRolesAreColumns(FxRobot robot) {
        openMatrix(robot);
        robot.clickOn(editor.cell("data", "developer"));
        robot.interact(() -> editor.document.phaseIdProperty().set("p1"));
        WaitForAsyncUtils.waitForFxEvents();
        RaciMatrixView matrix = editor.matrix();
        robot.interact(matrix::paint);
        assertEquals(-1, matrix.canvas().content().grid().columnOf("developer"), "the developer starts in phase 2");
        assertEquals(2, matrix.canvas().content().grid().columnCount());
        robot.interact(() -> editor.document.phaseIdProperty().set("p2"));
        robot.interact(matrix::paint);
        assertEquals(3, matrix.canvas().content().grid().columnCount());
    }

    @Test
    void aCapabilityRevealedAsTheMatrixOpensGetsTheCursorAndCtrl1ReturnsToTheChart(FxRobot robot) {
        robot.interact(() -> {
            editor.context.actions().run(EditorAction.SHOW_MATRIX);
            editor.matrix().revealCapability("web");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(editor.matrix()::paint);
        assertEquals("web", editor.matrix().cursor()[0]);
        assertEquals(editor.matrix().canvas().content().grid().rowOf("web"), editor.matrix().canvas().revealedRow());
        shortcut(robot, KeyCode.DIGIT1);
        assertEquals(WorkspaceView.CHART, editor.shown());
    }

    @Test
    void aRoleSelectedOnTheChartTakesTheCursorAndRegionsRegroupTheRoles(FxRobot robot) {
        robot.interact(() -> editor.context.selection().selectNodes(List.of("campaigns")));
        openMatrix(robot);
        assertEquals("campaigns", editor.matrix().cursor()[1]);
        robot.clickOn("#matrix-by-region");
        robot.interact(editor.matrix()::paint);
        var grid = editor.matrix().canvas().content().grid();
        assertEquals(List.of("global"), grid.columnGroups().stream().map(g -> g.id()).toList());
        assertEquals("campaigns", editor.matrix().cursor()[1], "the cursor keeps its role");
    }
}
