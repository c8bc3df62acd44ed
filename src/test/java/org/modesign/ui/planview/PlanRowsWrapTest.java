package org.modesign.ui.planview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.fx.ShownText;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan list's rows wrap rather than cut: "Boundaryless roadmap" has phase goals longer than
 * the list is wide, and every label shown reads whole, on as many lines as it needs.
 */
@ExtendWith(ApplicationExtension.class)
class PlanRowsWrapTest {

    private PlanFixture editor;

    @Start
    void start(Stage stage) {
        editor = new PlanFixture(stage, new DesignReader()
                .parse(BundledSamples.read("boundaryless-roadmap.modesign")).design());
    }

    @Test
    void aLongPhaseGoalWrapsOntoMoreLinesAndReadsWhole(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkspaceView.PLAN, editor.window.workspace().currentProperty().get());
        editor.awaitCurrent();
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> goals = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            editor.list(robot).lookupAll(".plan-goal").forEach(n -> goals.add((Label) n));
            cut.addAll(ShownText.cutUnder(editor.list(robot)));
        });
        assertTrue(goals.stream().anyMatch(g -> g.getHeight() > 1.8 * g.getFont().getSize()),
                "a goal longer than the list is wide takes more than one line: " + goals.stream()
                        .map(g -> g.getText() + " " + g.getHeight()).toList());
        assertEquals(List.of(), cut, "labels shown cut short");
    }
}
