package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.inspector.InspectorFixture.combo;
import static org.modesign.ui.inspector.InspectorFixture.field;
import static org.modesign.ui.inspector.InspectorFixture.text;
import static org.modesign.ui.inspector.InspectorFixture.typeOver;
import static org.modesign.ui.inspector.InspectorFixture.visible;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import atlantafx.base.theme.Styles;
import java.util.Set;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.edit.MoveNodes;
import org.modesign.edit.SetFte;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Sourcing;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** One role in the inspector: its values, and the FTE field's commit, refusals and undo. */
@ExtendWith(ApplicationExtension.class)
class RoleInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void showsTheSelectedRolesValues(FxRobot robot) {
        fx.select(robot, "r1");
        assertEquals("Martech architect", field(robot, "#inspector-title").getText());
        assertEquals(Archetype.LEADER, combo(robot, "#inspector-archetype").getValue());
        assertEquals(new Option("coe", "Martech CoE"), combo(robot, "#inspector-team").getValue());
        assertEquals("Martech CoE", combo(robot, "#inspector-team").getButtonCell().getText(),
                "the team shows before its list was ever built");
        assertEquals("Leader", combo(robot, "#inspector-archetype").getButtonCell().getText());
        assertNull(InspectorFixture.<Option>combo(robot, "#inspector-region").getValue().value());
        assertEquals("1", field(robot, "#inspector-fte").getText());
        assertEquals(Sourcing.IN_HOUSE, combo(robot, "#inspector-sourcing").getValue());
        assertEquals("From the first phase", InspectorFixture.<Option>combo(robot, "#inspector-from").getValue().label());
        assertEquals("Until the last phase", InspectorFixture.<Option>combo(robot, "#inspector-to").getValue().label());
        fx.assertAllTextsKnown(robot);

        fx.select(robot, "r2");
        assertEquals("Campaign manager", field(robot, "#inspector-title").getText());
        assertEquals("EMEA", InspectorFixture.<Option>combo(robot, "#inspector-region").getValue().label());
        assertEquals("No team", InspectorFixture.<Option>combo(robot, "#inspector-team").getValue().label());
    }

    @Test
    void fteCommitsOnEnterAsOneUndoStep(FxRobot robot) {
        fx.select(robot, "r1");
        Design before = fx.current();
        typeOver(robot, "#inspector-fte", "2.5");
        assertSame(before, fx.current(), "typing alone changes nothing");

        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals(2.5, fx.role("r1").fte());
        assertEquals("_Undo Set FTE", fx.undoText());
        TextField fte = field(robot, "#inspector-fte");
        assertTrue(fte.isFocused(), "the field keeps the focus after its own edit");
        assertEquals("2.5", fte.getText());

        fx.undo(robot);
        assertEquals(1.0, fx.role("r1").fte());
        assertEquals("1", field(robot, "#inspector-fte").getText());
        assertSame(before, fx.current());
    }

    @Test
    void fteRefusesZeroAndTextAndEscapeReverts(FxRobot robot) {
        fx.select(robot, "r1");
        Design before = fx.current();
        typeOver(robot, "#inspector-fte", "0");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertSame(before, fx.current());
        assertTrue(visible(robot, "#inspector-fte-error"));
        assertEquals("FTE must be more than 0 and at most 10,000, not 0.", text(robot, "#inspector-fte-error"));
        assertEquals("FTE must be more than 0 and at most 10,000, not 0.", fx.status.get(), "and in the status bar");
        assertTrue(field(robot, "#inspector-fte").getPseudoClassStates().contains(Styles.STATE_DANGER));

        typeOver(robot, "#inspector-fte", "abc");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertSame(before, fx.current());
        assertEquals("FTE must be a number such as 1 or 0.5.", text(robot, "#inspector-fte-error"));

        typeOver(robot, "#inspector-fte", "20000");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertSame(before, fx.current());
        assertTrue(visible(robot, "#inspector-fte-error"));

        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertEquals("1", field(robot, "#inspector-fte").getText());
        assertFalse(visible(robot, "#inspector-fte-error"));
        assertFalse(field(robot, "#inspector-fte").getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertSame(before, fx.current());
    }

    @Test
    void editsElsewhereKeepTheShownControls(FxRobot robot) {
        fx.select(robot, "r1");
        TextField fte = field(robot, "#inspector-fte");
        robot.interact(() -> fx.context.edit(new SetFte(InspectorFixture.SCENARIO, "r2", 4)));
        robot.interact(() -> fx.context.edit(MoveNodes.by(InspectorFixture.SCENARIO, Set.of("r1"), 10, 0)));
        waitForFxEvents();
        assertSame(fte, field(robot, "#inspector-fte"));
        assertEquals("1", fte.getText());
    }
}
