package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.inspector.InspectorFixture.combo;
import static org.modesign.ui.inspector.InspectorFixture.pick;
import static org.modesign.ui.inspector.InspectorFixture.text;
import static org.modesign.ui.inspector.InspectorFixture.visible;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The responsibilities table of a role: change a letter, add, remove, and no capability twice. */
@ExtendWith(ApplicationExtension.class)
class ResponsibilitiesEditorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void changingALetterInTheTableIsOneUndoableStep(FxRobot robot) {
        fx.select(robot, "r1");
        TableView<ResponsibilitiesEditor.Row> table = robot.lookup("#inspector-raci-table").queryTableView();
        assertEquals(List.of(new ResponsibilitiesEditor.Row("stack", "Architect the martech stack", Raci.A)),
                table.getItems());

        InspectorFixture.reveal(robot, "#inspector-raci-table");
        robot.clickOn(letterChoice(robot, "stack"));
        robot.clickOn(popupEntry(robot, "C — Consulted"));
        waitForFxEvents();
        assertEquals(List.of(new Responsibility("stack", Raci.C)), fx.role("r1").responsibilities());
        assertEquals("_Undo Set responsibility", fx.undoText());

        fx.undo(robot);
        assertEquals(Optional.of(Raci.A), fx.role("r1").raciFor("stack"));
        assertEquals(Raci.A, letterChoice(robot, "stack").getValue());
        fx.redo(robot);
        assertEquals(Optional.of(Raci.C), fx.role("r1").raciFor("stack"));
        assertEquals(Raci.C, letterChoice(robot, "stack").getValue());
        fx.assertAllTextsKnown(robot);
    }

    @Test
    void thePickersShowWholeWordsAndTheTableRoomForTwoLines(FxRobot robot) {
        fx.select(robot, "r1");
        InspectorFixture.reveal(robot, "#inspector-add-capability");
        ComboBox<?> capability = combo(robot, "#inspector-add-capability");
        ComboBox<?> letter = combo(robot, "#inspector-add-raci");
        TableView<?> table = robot.lookup("#inspector-raci-table").queryTableView();
        assertTrue(capability.getWidth() >= table.getWidth() - 1, "the capability picker has a line of its own: "
                + capability.getWidth() + " < " + table.getWidth());
        assertTrue(letter.getWidth() >= letter.prefWidth(-1) && letter.getWidth() >= 80, "the letter is never cut");
        assertTrue(table.getFixedCellSize() >= 2 * 18, "a capability's name has two lines");
        assertEquals(SmallTable.EMPTY_ROWS, SmallTable.visibleRows(0, 6), "an empty table keeps two lines of room");
        assertEquals(3, SmallTable.visibleRows(3, 6));
        assertEquals(6, SmallTable.visibleRows(40, 6));
    }

    @Test
    void addsACapabilityNotYetHeldAndRemovesOne(FxRobot robot) {
        fx.select(robot, "r1");
        InspectorFixture.reveal(robot, "#inspector-add-capability");
        robot.clickOn("#inspector-add-capability");
        List<String> offered = combo(robot, "#inspector-add-capability").getItems().stream()
                .map(c -> ((Capability) c).name()).toList();
        assertEquals(List.of("Run campaigns", "Keep data clean"), offered, "a held capability is not offered");
        robot.clickOn(popupEntry(robot, "Keep data clean"));
        pick(robot, "#inspector-add-raci", "I — Informed");
        InspectorFixture.click(robot, "#inspector-add-responsibility");
        waitForFxEvents();
        assertEquals(List.of(new Responsibility("stack", Raci.A), new Responsibility("data", Raci.I)),
                fx.role("r1").responsibilities());
        TableView<ResponsibilitiesEditor.Row> table = robot.lookup("#inspector-raci-table").queryTableView();
        assertEquals(2, table.getItems().size());
        assertEquals("data", table.getSelectionModel().getSelectedItem().capability(), "the new row is selected");

        InspectorFixture.reveal(robot, "#inspector-raci-table");
        robot.clickOn(robot.lookup(".table-cell")
                .match((TableCell<?, ?> c) -> "Architect the martech stack".equals(c.getText())).<TableCell<?, ?>>query());
        InspectorFixture.click(robot, "#inspector-remove-responsibility");
        waitForFxEvents();
        assertEquals(List.of(new Responsibility("data", Raci.I)), fx.role("r1").responsibilities());
        assertEquals("_Undo Remove responsibility", fx.undoText());
    }

    @Test
    void refusesACapabilityTheRoleHoldsAndAnAddWithoutCapability(FxRobot robot) {
        fx.select(robot, "r1");
        Design before = fx.current();
        InspectorFixture.click(robot, "#inspector-add-responsibility");
        waitForFxEvents();
        assertTrue(visible(robot, "#inspector-raci-error"));
        assertEquals("Choose a capability to add first.", text(robot, "#inspector-raci-error"));

        ComboBox<Capability> capability = combo(robot, "#inspector-add-capability");
        Capability held = fx.current().capability("stack").orElseThrow();
        robot.interact(() -> capability.setValue(held));
        InspectorFixture.click(robot, "#inspector-add-responsibility");
        waitForFxEvents();
        assertSame(before, fx.current());
        assertEquals("This role already holds a letter on \"Architect the martech stack\"; change it in the table.",
                text(robot, "#inspector-raci-error"));
        assertTrue(robot.lookup("#inspector-remove-responsibility").query().isDisabled(),
                "nothing to remove until a row is selected");
        assertFalse(fx.context.document().canUndoProperty().get());
    }

    private static ComboBox<Raci> letterChoice(FxRobot robot, String capability) {
        return robot.lookup("." + RaciCell.STYLE_CLASS)
                .match((ComboBox<Raci> c) -> capability.equals(c.getUserData()) && c.isVisible())
                .query();
    }

    private static ListCell<?> popupEntry(FxRobot robot, String text) {
        return robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> text.equals(c.getText()) && c.isVisible())
                .query();
    }
}
