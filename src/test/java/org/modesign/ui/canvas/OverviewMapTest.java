package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview map: shown while the chart does not fit, switched by Ctrl+Shift+V, a click moves the view. */
@ExtendWith(ApplicationExtension.class)
class OverviewMapTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage);
    }

    private Node map(FxRobot robot) {
        return robot.lookup("#overview-map").query();
    }

    /** Waits for the pulses in which the map follows the chart. */
    private static void pulses() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theMapShowsOnlyWhileTheChartDoesNotFitAndCtrlShiftVSwitchesIt(FxRobot robot) {
        robot.interact(editor.chart()::fitToWindow);
        pulses();
        assertFalse(map(robot).isVisible(), "a chart that fits needs no map");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        pulses();
        assertFalse(map(robot).isVisible(), "switched on, but a chart that fits needs no map");
        robot.interact(() -> editor.chart().zoomBy(8));
        pulses();
        assertTrue(map(robot).isVisible(), "the map shows once part of the chart is out of view");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        pulses();
        assertFalse(map(robot).isVisible(), "switched off (it is off until asked for: it covers a corner of the chart)");
    }

    @Test
    void aClickOnTheMapCentresTheViewThere(FxRobot robot) {
        robot.interact(() -> {
            editor.context.actions().run(org.modesign.ui.action.EditorAction.TOGGLE_OVERVIEW);
            editor.chart().fitToWindow();
            editor.chart().zoomBy(8);
            editor.chart().panBy(3000, 3000);
        });
        pulses();
        Rect ceo = editor.chart().scene().card(editor.chart().scene().indexOf("ceo"));
        assertFalse(editor.chart().viewport().visibleWorldRect().contains(ceo.centerX(), ceo.centerY()));
        Bounds b = map(robot).localToScreen(map(robot).getBoundsInLocal());
        // The CEO is at the top middle of the chart, and so of the map.
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + 10);
        pulses();
        Viewport v = editor.chart().viewport();
        assertTrue(v.visibleWorldRect().contains(ceo.centerX(), ceo.maxY()), "the CEO's card is in view: " + v);
    }
}
