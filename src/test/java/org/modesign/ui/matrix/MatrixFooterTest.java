package org.modesign.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.ui.workspace.WorkspaceView;
import org.modesign.ui.fx.ShownText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The line under the matrix in a narrow window (a window of its own, so that the test stage keeps
 * its size): the cursor's cell in words wraps whole, and the matrix's size is never cut.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixFooterTest {

    private Stage narrow;
    private MatrixFixture editor;

    @Start
    void start(Stage stage) {
        narrow = new Stage();
        editor = new MatrixFixture(narrow, 760, 700);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(narrow::close);
    }

    @Test
    void theCellsWordsWrapAndTheSizeStaysWhole(FxRobot robot) {
        robot.interact(narrow::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkspaceView.MATRIX, editor.shown());
        robot.clickOn(editor.cell("web", "analyst"));
        WaitForAsyncUtils.waitForFxEvents();
        Label cell = robot.from(narrow.getScene().getRoot()).lookup("#matrix-cell").queryAs(Label.class);
        Label size = robot.from(narrow.getScene().getRoot()).lookup("#matrix-size").queryAs(Label.class);
        assertTrue(cell.getText().length() > 20, cell.getText());
        assertEquals(cell.getText(), ShownText.of(cell), "the cell's words are whole, not cut");
        assertEquals(size.getText(), ShownText.of(size), "the matrix's size is whole");
        assertTrue(cell.getHeight() > 1.5 * size.getHeight(), "the words wrap to a second line at this width: "
                + cell.getWidth() + " wide");
    }
}
