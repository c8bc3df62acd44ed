package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.edit.LineKey;
import org.modesign.model.Archetype;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart driven as a user would: palette drops, drawing lines, moving, deleting, undo and redo. */
@ExtendWith(ApplicationExtension.class)
class ChartEditingTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage);
    }

    @Test
    void aRoleDroppedFromThePaletteOnATeamJoinsIt(FxRobot robot) {
        int before = editor.scenario().nodes().size();
        robot.drag("#palette-maestro", MouseButton.PRIMARY).moveTo(editor.centreOf("coe"))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, editor.scenario().nodes().size());
        Role added = (Role) editor.scenario().nodes().get(before);
        assertEquals(Archetype.MAESTRO, added.archetype());
        assertEquals("coe", added.team());
        assertTrue(editor.context.selection().contains(added.id()), "the new card is selected");
        assertEquals("Undo Add role", editor.document.undoTextProperty().get().replace("_", ""));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, editor.scenario().nodes().size());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, editor.scenario().nodes().size());
    }

    @Test
    void aLineIsDrawnFromACardsHandleOntoItsSuperior(FxRobot robot) {
        robot.moveTo(editor.centreOf("analyst"));
        Point2D handle = editor.handleOf("analyst");
        robot.moveTo(handle).press(MouseButton.PRIMARY).moveTo(editor.centreOf("cmo")).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Line line = editor.scenario().lines().get(editor.scenario().lines().size() - 1);
        assertEquals("analyst", line.from());
        assertEquals("cmo", line.to());
        assertEquals(LineStyle.SOLID, line.style());
        assertEquals(new LineKey("analyst", "cmo"), editor.context.selection().line());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LineStyle.DOTTED, lastLine().style(), "Ctrl+Shift+L toggles the selected line's style");

        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor.scenario().lines().stream().anyMatch(l -> l.from().equals("analyst")));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor.document.canRedoProperty().get(), "nothing to redo after a new edit");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.scenario().lines().stream().anyMatch(l -> l.from().equals("analyst")));
    }

    @Test
    void restingOnACardShowsItsWholeTitleAndDetailsInATooltip(FxRobot robot) {
        Role analyst = (Role) editor.scenario().node("analyst").orElseThrow();
        robot.moveTo(editor.centreOf("analyst"));
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Tooltip shown = editor.chart().cardTooltip().tooltip();
        assertTrue(shown.isShowing(), "the tooltip shows after the pointer rests");
        assertEquals(analyst.title() + "\nModeler \u00b7 1 FTE \u00b7 Global", shown.getText());

        robot.moveTo(editor.screen(-300, -300));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown.isShowing(), "no tooltip away from the cards");
    }

    @Test
    void draggingSelectedCardsIsOneUndoableMoveOnTheGrid(FxRobot robot) {
        Node before = editor.scenario().node("analyst").orElseThrow();
        robot.drag(editor.centreOf("analyst"), MouseButton.PRIMARY).moveBy(60, 15).moveBy(60, 15)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Node after = editor.scenario().node("analyst").orElseThrow();
        assertTrue(after.x() > before.x(), "moved right");
        assertEquals(0, after.x() % 10, 1e-9, "snapped to the grid");
        assertEquals(0, after.y() % 10, 1e-9, "snapped to the grid");
        assertEquals("Undo Move card", editor.document.undoTextProperty().get().replace("_", ""));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, editor.scenario().node("analyst").orElseThrow(), "one step undoes the whole drag");
    }

    @Test
    void ctrlArrowKeysNudgeAndDeleteRemovesTheSelection(FxRobot robot) {
        robot.clickOn(editor.centreOf("analyst"));
        double x = editor.scenario().node("analyst").orElseThrow().x();
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT).press(KeyCode.RIGHT)
                .release(KeyCode.RIGHT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(x + 2 * CanvasInput.GRID, editor.scenario().node("analyst").orElseThrow().x(), 1e-9);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.scenario().node("analyst").isEmpty());
        assertTrue(editor.context.selection().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(x + 2 * CanvasInput.GRID, editor.scenario().node("analyst").orElseThrow().x(), 1e-9);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(x, editor.scenario().node("analyst").orElseThrow().x(), 1e-9, "the two nudges are one step");
    }

    @Test
    void rubberBandSelectsAndDuplicateCopiesCardsWithTheirLines(FxRobot robot) {
        Point2D a = editor.screen(-60, 100);
        Point2D b = editor.screen(260, 320);
        robot.drag(a, MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of("cmo", "coe"), editor.context.selection().nodes());
        int lines = editor.scenario().lines().size();
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, editor.scenario().nodes().size());
        assertEquals(lines + 1, editor.scenario().lines().size(), "the line between the copies came along");
        assertEquals(2, editor.context.selection().nodes().size());
        assertFalse(editor.context.selection().contains("cmo"), "the copies are selected");
    }

    @Test
    void renameInPlaceWithF2(FxRobot robot) {
        robot.clickOn(editor.centreOf("analyst"));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Head of analytics").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Head of analytics", editor.scenario().node("analyst").orElseThrow().label());
        assertEquals("Undo Rename", editor.document.undoTextProperty().get().replace("_", ""));
    }

    @Test
    void findingsReachTheStatusBarAfterAnEdit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> editor.context.analysis().resultProperty().get() != null);
        assertEquals(0, editor.context.analysis().resultProperty().get().errors());
        robot.clickOn(editor.centreOf("analyst"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> editor.context.analysis().resultProperty().get().errors() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label errors = robot.lookup("#status-errors").query();
        assertEquals("1 error", errors.getText());
    }

    private Line lastLine() {
        return editor.scenario().lines().get(editor.scenario().lines().size() - 1);
    }
}
