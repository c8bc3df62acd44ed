package org.modesign.ui.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.edit.SetPhaseGoal;
import org.modesign.edit.SetRequired;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Phase;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The phase bar's buttons say each phase's place, name, requirements and goal, and follow their edits. */
@ExtendWith(ApplicationExtension.class)
class PhaseBarTest {

    private EditorContext context;

    @Start
    void start(Stage stage) {
        Design design = new Design("Acme", "", Settings.DEFAULTS, List.of(),
                List.of(new Capability("data", "Keep data clean", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER)),
                List.of(new Phase("p1", "Foundation", List.of(), "Stop the bleeding"), new Phase("p2", "Scale", List.of())),
                List.of(new Scenario("s", "Only", Strategy.CENTRALIZED, List.of(), List.of())));
        context = new EditorContext(new DocumentModel(design, null), new FakeDialogs());
        stage.setScene(new Scene(new PhaseBar(context), 600, 60));
        stage.show();
    }

    private String tooltip(FxRobot robot, String id) {
        return robot.lookup("#phase-" + id).queryAs(ToggleButton.class).getTooltip().getText();
    }

    @Test
    void theTooltipShowsThePhasesGoalAndFollowsItsEdits(FxRobot robot) {
        assertEquals("Phase 1: Foundation \u2014 requires 0 capabilities; nodes not active in it are ghosted\n"
                + "Goal: Stop the bleeding", tooltip(robot, "p1"));
        assertEquals("Phase 2: Scale \u2014 requires 0 capabilities; nodes not active in it are ghosted",
                tooltip(robot, "p2"), "no goal, no goal line");
        robot.interact(() -> context.edit(new SetPhaseGoal("p2", "Grow")));
        assertEquals("Phase 2: Scale \u2014 requires 0 capabilities; nodes not active in it are ghosted\nGoal: Grow",
                tooltip(robot, "p2"));
        robot.interact(() -> context.edit(new SetRequired("p2", "data", true)));
        assertEquals("Phase 2: Scale \u2014 requires 1 capabilities; nodes not active in it are ghosted\nGoal: Grow",
                tooltip(robot, "p2"), "the count follows the requirements too");
        robot.interact(() -> context.document().undo());
        robot.interact(() -> context.document().undo());
        assertEquals("Phase 2: Scale \u2014 requires 0 capabilities; nodes not active in it are ghosted",
                tooltip(robot, "p2"));
    }
}
