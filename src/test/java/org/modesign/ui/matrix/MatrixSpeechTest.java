package org.modesign.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.AccessibleAttribute;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a screen reader is told of the RACI matrix: the cursor's cell in words, following the cursor. */
@ExtendWith(ApplicationExtension.class)
class MatrixSpeechTest {

    private MatrixFixture editor;

    @Start
    void start(Stage stage) {
        editor = new MatrixFixture(stage);
    }

    private String spoken() {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                (String) editor.matrix().queryAccessibleAttribute(AccessibleAttribute.TEXT)));
    }

    @Test
    void theMatrixReadsTheCursorsCellAndFollowsIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkspaceView.MATRIX, editor.shown());
        assertEquals("RACI matrix", editor.matrix().getAccessibleRoleDescription());

        robot.clickOn(editor.cell("data", "analyst"));
        assertEquals("Monitor data quality, Data analyst: Accountable", spoken());
        robot.clickOn(editor.cell("web", "analyst"));
        assertEquals("Build websites, Data analyst: no letter", spoken());
        robot.press(KeyCode.R).release(KeyCode.R);
        assertEquals("Build websites, Data analyst: Responsible", spoken());
        assertEquals(editor.matrix(), WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                editor.matrix().queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM))));
    }
}
