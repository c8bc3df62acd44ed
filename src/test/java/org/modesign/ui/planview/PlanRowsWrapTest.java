package org.modesign.ui.planview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;
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
            collect(editor.list(robot), goals, cut);
        });
        assertTrue(goals.stream().anyMatch(g -> g.getHeight() > 1.8 * g.getFont().getSize()),
                "a goal longer than the list is wide takes more than one line: " + goals.stream()
                        .map(g -> g.getText() + " " + g.getHeight()).toList());
        assertEquals(List.of(), cut, "labels shown cut short");
    }

    /** Adds the phase goals shown under {@code node} to {@code goals}, and each label shown cut short to {@code cut}. */
    private static void collect(Node node, List<Label> goals, List<String> cut) {
        if (node instanceof Label label && label.isVisible() && label.getText() != null && !label.getText().isEmpty()) {
            if (label.getStyleClass().contains("plan-goal")) {
                goals.add(label);
            }
            String shown = shownText(label);
            if (shown != null && !shown.equals(label.getText())) {
                cut.add(shown);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, goals, cut);
            }
        }
    }

    /** The text a label's skin shows (its words, or fewer with an ellipsis when cut). */
    private static String shownText(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return null;
    }
}
