package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.inspector.InspectorFixture.combo;
import static org.modesign.ui.inspector.InspectorFixture.field;
import static org.modesign.ui.inspector.InspectorFixture.pick;
import static org.modesign.ui.inspector.InspectorFixture.text;
import static org.modesign.ui.inspector.InspectorFixture.typeOver;
import static org.modesign.ui.inspector.InspectorFixture.visible;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Office;
import org.modesign.model.Team;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector with nothing selected (the design), with an executive, and with a team. */
@ExtendWith(ApplicationExtension.class)
class DesignInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void showsAndRenamesTheDesignWhenNothingIsSelected(FxRobot robot) {
        assertEquals("Acme", field(robot, "#inspector-title").getText());
        assertEquals("Two ways to organise.", text(robot, "#inspector-description"));
        assertEquals("Centralized CoE", field(robot, "#inspector-scenario-name").getText());
        assertEquals("Select a card or a line to edit it.", text(robot, "#inspector-hint"));
        fx.assertAllTextsKnown(robot);

        typeOver(robot, "#inspector-title", "Acme 2027");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals("Acme 2027", fx.current().title());
        assertEquals("_Undo Rename design", fx.undoText());

        Design before = fx.current();
        typeOver(robot, "#inspector-title", " ");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertSame(before, fx.current());
        assertTrue(visible(robot, "#inspector-title-error"));
        assertEquals("A name cannot be empty.", text(robot, "#inspector-title-error"));
    }

    @Test
    void editsAnExecutivesTitleAndOffice(FxRobot robot) {
        fx.select(robot, "cmo");
        assertEquals("CMO", field(robot, "#inspector-title").getText());
        assertEquals(Office.CMO, combo(robot, "#inspector-office").getValue());
        fx.assertAllTextsKnown(robot);
        pick(robot, "#inspector-office", "IT");
        assertEquals(Office.IT, ((Executive) fx.card("cmo")).office());
        assertEquals("_Undo Set office", fx.undoText());
    }

    @Test
    void editsATeamsRegionAndPhases(FxRobot robot) {
        fx.select(robot, "coe");
        assertEquals("Martech CoE", field(robot, "#inspector-title").getText());
        assertEquals("Global", InspectorFixture.<Option>combo(robot, "#inspector-region").getValue().label());
        fx.assertAllTextsKnown(robot);
        pick(robot, "#inspector-region", "EMEA");
        assertEquals("emea", ((Team) fx.card("coe")).region());
        pick(robot, "#inspector-from", "Data platform");
        assertEquals("p2", ((Team) fx.card("coe")).from());
        assertEquals("_Undo Set phases", fx.undoText());
    }
}
