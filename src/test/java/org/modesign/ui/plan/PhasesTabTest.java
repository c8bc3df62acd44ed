package org.modesign.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.plan.PlanFixture.selectRow;
import static org.modesign.ui.plan.PlanFixture.table;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Design;
import org.modesign.model.Phase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Phases tab: add, move, remove, and the checklist of what the selected phase requires. */
@ExtendWith(ApplicationExtension.class)
class PhasesTabTest {

    private static final String TABLE = "#plan-phases";

    private PlanFixture fx;

    @Start
    void start(Stage stage) {
        fx = new PlanFixture(stage);
    }

    private List<String> ids() {
        return fx.current().phases().stream().map(Phase::id).toList();
    }

    private CheckBox box(FxRobot robot, String name) {
        return robot.lookup("#plan-phase-checklist .check-box").match((CheckBox b) -> name.equals(b.getText()))
                .queryAs(CheckBox.class);
    }

    private String message(FxRobot robot) {
        Label message = robot.lookup("#plan-phases-message").queryAs(Label.class);
        return message.isVisible() ? message.getText() : "";
    }

    @Test
    void theChecklistShowsAndChangesWhatTheSelectedPhaseRequires(FxRobot robot) {
        fx.tab(robot, PlanTab.PHASES);
        assertEquals("Required in \u201CFoundation\u201D",
                robot.lookup("#plan-phase-required").queryLabeled().getText());
        assertTrue(box(robot, "Run campaigns").isSelected());
        robot.clickOn(box(robot, "Keep data clean"));
        assertEquals(List.of("campaigns", "data"), fx.current().phases().get(0).requires());
        assertEquals("_Undo Change required capabilities", fx.undoText());
        selectRow(robot, TABLE, 1);
        assertTrue(box(robot, "Architect the martech stack").isSelected());
        robot.clickOn(box(robot, "Architect the martech stack"));
        assertEquals(List.of(), fx.current().phases().get(1).requires());
        fx.undo(robot);
        assertTrue(box(robot, "Architect the martech stack").isSelected(), "the checklist follows undo");
        fx.assertAllTextsKnown(robot);
    }

    @Test
    void requireAllAndRequireNoneAreOneStepEach(FxRobot robot) {
        fx.tab(robot, PlanTab.PHASES);
        selectRow(robot, TABLE, 1);
        List<String> catalogue = fx.current().capabilities().stream().map(c -> c.id()).toList();
        List<String> before = fx.current().phases().get(1).requires();
        robot.clickOn("#plan-phase-require-all");
        List<String> all = fx.current().phases().get(1).requires();
        assertEquals(catalogue.size(), all.size());
        assertTrue(all.containsAll(catalogue));
        assertEquals(before, all.subList(0, before.size()), "what was required keeps its place");
        assertEquals(fx.current().phases().get(0).requires(), List.of("campaigns"), "only the selected phase");
        assertTrue(fx.undoText().startsWith("_Undo Require every capability in"), fx.undoText());
        robot.clickOn("#plan-phase-require-none");
        assertEquals(List.of(), fx.current().phases().get(1).requires());
        assertTrue(fx.undoText().startsWith("_Undo Require no capability in"), fx.undoText());
        fx.undo(robot);
        assertEquals(all, fx.current().phases().get(1).requires());
        fx.undo(robot);
        assertEquals(before, fx.current().phases().get(1).requires());
        fx.assertAllTextsKnown(robot);
    }

    @Test
    void aPhasesGoalIsEditedInPlace(FxRobot robot) {
        fx.tab(robot, PlanTab.PHASES);
        PlanFixture.type(robot, TABLE, 1, 1, "  Stop the bleeding ");
        assertEquals("Stop the bleeding", fx.current().phases().get(1).goal());
        assertEquals("_Undo Set phase goal", fx.undoText());
        assertEquals("Stop the bleeding", PlanFixture.cell(robot, TABLE, 1, 1).getItem());
        fx.undo(robot);
        assertEquals("", fx.current().phases().get(1).goal());
        fx.redo(robot);
        assertEquals("Stop the bleeding", fx.current().phases().get(1).goal());
        PlanFixture.type(robot, TABLE, 1, 1, "");
        assertEquals("", fx.current().phases().get(1).goal(), "a goal can be cleared");
    }

    @Test
    void addGoesAfterTheSelectedPhaseAndMovesAreRefusedWhenACardWouldStartAfterItEnds(FxRobot robot) {
        fx.tab(robot, PlanTab.PHASES);
        robot.clickOn("#plan-phase-add");
        assertEquals(List.of("p1", "new-phase", "p2", "p3"), ids());
        assertEquals(1, table(robot, TABLE).getSelectionModel().getSelectedIndex());
        robot.clickOn("#plan-phase-down");
        robot.clickOn("#plan-phase-down");
        assertEquals(List.of("p1", "p2", "p3", "new-phase"), ids());
        selectRow(robot, TABLE, 1);
        Design before = fx.current();
        robot.clickOn("#plan-phase-up");
        assertSame(before, fx.current());
        assertEquals("Phase \"Data platform\" cannot move there: \"Martech architect\" would start after it ends;"
                + " change its phases first.", message(robot));
    }

    @Test
    void removingAPhaseCardsStartOrEndInAsksAndMovesThemToTheNeighbour(FxRobot robot) {
        fx.tab(robot, PlanTab.PHASES);
        Design before = fx.current();
        selectRow(robot, TABLE, 1);
        fx.dialogs.confirmations.add(true);
        robot.clickOn("#plan-phase-remove");
        assertTrue(fx.dialogs.questions.get(0).text().startsWith(
                "\"Data platform\" is still in use: 1 card in 1 scenario starts or ends in it."));
        assertEquals(List.of("p1", "p3"), ids());
        assertEquals(List.of("p1", "p1"), List.of(fx.role("r1").from(), fx.role("r1").to()));
        fx.undo(robot);
        assertSame(before, fx.current());
    }

    @Test
    void theLastPhaseCannotBeRemoved(FxRobot robot) {
        fx.tab(robot, PlanTab.PHASES);
        selectRow(robot, TABLE, 2);
        robot.clickOn("#plan-phase-remove");
        selectRow(robot, TABLE, 0);
        fx.dialogs.confirmations.add(true);
        robot.clickOn("#plan-phase-remove");
        assertEquals(List.of("p2"), ids());
        robot.clickOn("#plan-phase-remove");
        assertEquals(List.of("p2"), ids());
        assertEquals("A plan needs at least one phase, so the last one cannot be removed.", message(robot));
        assertEquals(message(robot), fx.status.get(), "the status bar says it too");
    }
}
