package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.model.StackEntry;
import org.modesign.stack.StackFixture;
import org.modesign.ui.analysis.AnalysisResult;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A deployment's owner set by dropping its chip from the palette's tools on a card of the chart:
 * the card is outlined while the chip is over it, the drop is one undoable edit, the
 * tool-without-owner finding goes, and the card counts the tool. Also the phase's goal over the
 * chart, and the palette hidden while another view takes the window.
 */
@ExtendWith(ApplicationExtension.class)
class ToolDropTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, StackFixture.design());
    }

    private StackEntry hubspot() {
        return editor.scenario().stack().stream().filter(e -> e.tool().equals("hubspot")).findFirst().orElseThrow();
    }

    private boolean hubspotUnowned() {
        AnalysisResult result = editor.context.analysis().resultProperty().get();
        if (result == null) {
            return false;
        }
        for (Finding f : result.findings()) {
            if (f.rule() == Rule.TOOL_WITHOUT_OWNER && "hubspot".equals(f.tool())) {
                return true;
            }
        }
        return false;
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aToolDroppedOnACardMakesItTheOwner(FxRobot robot) throws Exception {
        robot.interact(() -> editor.document.phaseIdProperty().set("p2"));
        waitFor(this::hubspotUnowned);
        int analyst = editor.chart().scene().indexOf("analyst");
        assertEquals(1, editor.chart().scene().ownedTools(analyst), "the analyst owns Segment");

        robot.drag("#palette-tool-hubspot-global", MouseButton.PRIMARY).moveTo(editor.centreOf("analyst"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(analyst, editor.chart().overlay().target(), "the card under the chip is outlined");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("analyst", hubspot().owner());
        assertEquals(-1, editor.chart().overlay().target(), "the outline goes with the drop");
        assertEquals("Undo Set tool owner", editor.document.undoTextProperty().get().replace("_", ""));
        assertEquals(2, editor.chart().scene().ownedTools(analyst), "the card counts the tool it now owns");
        waitFor(() -> !hubspotUnowned());
        Label owner = robot.lookup("#palette-tool-hubspot-global").queryAs(javafx.scene.control.ListCell.class)
                .getGraphic().lookupAll(".label").stream().map(Label.class::cast)
                .filter(l -> l.getText().contains("Data analyst")).findFirst().orElse(null);
        assertTrue(owner != null, "the palette names the new owner");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(hubspot().owner(), "undo takes the owner back");
        assertEquals(1, editor.chart().scene().ownedTools(analyst));
        waitFor(this::hubspotUnowned);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("analyst", hubspot().owner(), "redo gives it again");
    }

    @Test
    void aDropBesideEveryCardChangesNothing(FxRobot robot) {
        robot.interact(() -> editor.document.phaseIdProperty().set("p2"));
        robot.drag("#palette-tool-hubspot-global", MouseButton.PRIMARY)
                .moveTo(editor.chart().localToScreen(editor.chart().getWidth() - 5, editor.chart().getHeight() - 5))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(hubspot().owner());
        assertFalse(editor.document.undoTextProperty().get().contains("owner"));
    }

    @Test
    void theChartNamesThePhaseShownAndItsGoal(FxRobot robot) {
        Label goal = robot.lookup("#phase-goal").queryAs(Label.class);
        assertFalse(goal.isVisible(), "no line while every phase is shown");
        robot.interact(() -> editor.document.phaseIdProperty().set("p2"));
        assertTrue(goal.isVisible());
        assertTrue(goal.getText().contains("Phase 2"), goal.getText());
        robot.interact(() -> editor.context.edit(new org.modesign.edit.SetPhaseGoal("p2", "Websites in every region")));
        assertTrue(goal.getText().contains("Websites in every region"), goal.getText());
    }

    @Test
    void thePaletteGivesOtherViewsTheWindowsWidth(FxRobot robot) {
        Node palette = robot.lookup("#palette").query();
        assertTrue(palette.getScene() != null);
        double chartWidth = editor.chart().getWidth();
        robot.interact(() -> editor.context.actions().run(org.modesign.ui.action.EditorAction.SHOW_STACK));
        assertEquals(WorkspaceView.STACK, editor.window.workspace().currentProperty().get());
        assertNull(palette.getScene(), "the palette is not beside the stack view");
        Node stack = editor.window.workspace().madeView(WorkspaceView.STACK);
        assertTrue(stack.getLayoutBounds().getWidth() > chartWidth + 150, "the stack view takes the palette's room");
        robot.interact(() -> editor.context.actions().run(org.modesign.ui.action.EditorAction.SHOW_CHART));
        assertTrue(palette.getScene() != null, "back with the chart");
    }
}
