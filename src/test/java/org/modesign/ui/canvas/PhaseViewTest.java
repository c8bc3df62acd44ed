package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The phase selector: Alt+Left/Right steps through the phases; the chart and the counts follow. */
@ExtendWith(ApplicationExtension.class)
class PhaseViewTest {

    private EditorFixture editor;

    /** The fixture with two phases, both requiring data quality; the analyst joins in phase 2 only. */
    static Design twoPhases() {
        Design d = EditorFixture.design();
        Scenario s = d.scenarios().get(0);
        List<org.modesign.model.Node> nodes = s.nodes().stream()
                .map(n -> n instanceof Role r ? r.withPhases("p2", null) : n).toList();
        return d.withPhases(List.of(new Phase("p1", "Phase 1", List.of("data")),
                new Phase("p2", "Phase 2", List.of("data")))).withScenarios(List.of(s.withNodes(nodes)));
    }

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, twoPhases());
    }

    @Test
    void steppingThroughThePhasesGhostsInactiveCardsAndCountsThatPhasesFindings(FxRobot robot) throws Exception {
        waitForCounts(robot, "1 error");
        assertTrue(editor.chart().isShownActive("analyst"), "all phases: nothing is ghosted");

        alt(robot, KeyCode.RIGHT);
        assertEquals("p1", editor.document.phaseIdProperty().get());
        assertFalse(editor.chart().isShownActive("analyst"), "the analyst is not there yet in phase 1");
        assertTrue(editor.chart().isShownActive("cmo"), "executives are always active");
        waitForCounts(robot, "1 error");

        alt(robot, KeyCode.RIGHT);
        assertEquals("p2", editor.document.phaseIdProperty().get());
        assertTrue(editor.chart().isShownActive("analyst"));
        waitForCounts(robot, "0 errors");

        alt(robot, KeyCode.RIGHT);
        assertEquals("p2", editor.document.phaseIdProperty().get(), "stops at the last phase");
        alt(robot, KeyCode.LEFT);
        alt(robot, KeyCode.LEFT);
        assertNull(editor.document.phaseIdProperty().get(), "before the first phase come all phases");
        assertEquals("Centralized", editor.scenario().name(), "stepping changed nothing in the design");
        assertFalse(editor.document.dirtyProperty().get());
    }

    @Test
    void clickingAPhaseButtonShowsThatPhase(FxRobot robot) {
        robot.clickOn("#phase-p1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("p1", editor.document.phaseIdProperty().get());
        robot.clickOn("#phase-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(editor.document.phaseIdProperty().get());
    }

    private static void alt(FxRobot robot, KeyCode arrow) {
        robot.press(KeyCode.ALT, arrow).release(arrow, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitForCounts(FxRobot robot, String errors) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#status-errors").queryAs(Label.class).getText().equals(errors));
    }
}
