package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.inspector.InspectorFixture.combo;
import static org.modesign.ui.inspector.InspectorFixture.pick;
import static org.modesign.ui.inspector.InspectorFixture.text;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.LineStyle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** One line in the inspector: its ends, its style, and deleting it. */
@ExtendWith(ApplicationExtension.class)
class LineInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void changesTheStyleAsOneUndoableStep(FxRobot robot) {
        fx.selectLine(robot, "r2", "cmo");
        assertEquals("Campaign manager", text(robot, "#inspector-line-from"));
        assertEquals("CMO", text(robot, "#inspector-line-to"));
        assertEquals(LineStyle.DOTTED, combo(robot, "#inspector-line-style").getValue());
        fx.assertAllTextsKnown(robot);

        pick(robot, "#inspector-line-style", "Solid");
        assertEquals(LineStyle.SOLID, fx.line("r2", "cmo").style());
        assertEquals("_Undo Set line style", fx.undoText());
        fx.undo(robot);
        assertEquals(LineStyle.DOTTED, fx.line("r2", "cmo").style());
        assertEquals(LineStyle.DOTTED, combo(robot, "#inspector-line-style").getValue());
    }

    @Test
    void browsingTheOpenListWithTheKeysIsOneEdit(FxRobot robot) {
        fx.selectLine(robot, "r2", "cmo");
        robot.clickOn("#inspector-line-style");
        robot.type(KeyCode.UP, KeyCode.DOWN, KeyCode.UP);
        assertEquals(LineStyle.DOTTED, fx.line("r2", "cmo").style(), "nothing changes while the list is open");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals(LineStyle.SOLID, fx.line("r2", "cmo").style());
        fx.undo(robot);
        assertEquals(LineStyle.DOTTED, fx.line("r2", "cmo").style());
        assertFalse(fx.context.document().canUndoProperty().get());
    }

    @Test
    void deletesTheLineAndShowsTheDesignAgain(FxRobot robot) {
        fx.selectLine(robot, "r1", "coe");
        robot.clickOn("#inspector-delete-line");
        waitForFxEvents();
        assertNull(fx.line("r1", "coe"));
        assertEquals("_Undo Delete line", fx.undoText());
        assertTrue(fx.context.selection().isEmpty());
        assertEquals("Select a card or a line to edit it.", text(robot, "#inspector-hint"));
    }
}
