package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.modesign.ui.inspector.InspectorFixture.field;
import static org.modesign.ui.inspector.InspectorFixture.typeOver;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** When a role's text fields commit: on focus loss, and before the selection moves on. */
@ExtendWith(ApplicationExtension.class)
class RoleCommitTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void aTitleCommitsWhenTheFieldLosesFocus(FxRobot robot) {
        fx.select(robot, "r1");
        typeOver(robot, "#inspector-title", "Chief architect");
        robot.clickOn("#inspector-fte");
        waitForFxEvents();
        assertEquals("Chief architect", fx.role("r1").title());
        assertEquals("_Undo Rename", fx.undoText());
    }

    @Test
    void textTypedButNotCommittedGoesToItsCardWhenTheSelectionMoves(FxRobot robot) {
        fx.select(robot, "r1");
        typeOver(robot, "#inspector-fte", "3");
        fx.select(robot, "r2");
        assertEquals(3.0, fx.role("r1").fte());
        assertEquals(1.0, fx.role("r2").fte());
        assertEquals("Campaign manager", field(robot, "#inspector-title").getText());
    }
}
