package org.modesign.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.plan.PlanFixture.pick;
import static org.modesign.ui.plan.PlanFixture.rename;
import static org.modesign.ui.plan.PlanFixture.selectRow;
import static org.modesign.ui.plan.PlanFixture.table;
import static org.modesign.ui.plan.PlanFixture.text;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Scope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Capabilities tab: the catalogue edited in place, reordered, removed and filled with the standard tasks. */
@ExtendWith(ApplicationExtension.class)
class CapabilitiesTabTest {

    private static final String TABLE = "#plan-capabilities";

    private PlanFixture fx;

    @Start
    void start(Stage stage) {
        fx = new PlanFixture(stage);
    }

    private List<String> ids() {
        return fx.current().capabilities().stream().map(Capability::id).toList();
    }

    @Test
    void showsTheCatalogueWithLayerScopeAndArchetype(FxRobot robot) {
        assertEquals(3, table(robot, TABLE).getItems().size());
        assertEquals("Run campaigns", text(robot, TABLE, 0, 0));
        assertEquals(Layer.EXPRESSION, PlanFixture.comboIn(robot, TABLE, 0, 1).getValue());
        assertEquals(Scope.PER_REGION, PlanFixture.comboIn(robot, TABLE, 0, 2).getValue());
        assertEquals("Per region", PlanFixture.comboIn(robot, TABLE, 0, 2).getConverter().toString(Scope.PER_REGION));
        assertEquals(Archetype.LEADER, PlanFixture.comboIn(robot, TABLE, 1, 3).getValue());
        assertEquals("stack", text(robot, TABLE, 1, 6));
        fx.assertAllTextsKnown(robot);
    }

    @Test
    void theStandardCatalogueAddsTheMissingTasksWithTheirSurveyShares(FxRobot robot) {
        Button standard = robot.lookup("#plan-capability-standard").queryButton();
        robot.clickOn(standard);
        assertEquals(3 + 21, fx.current().capabilities().size(), "campaigns is there already");
        assertEquals("_Undo Add 21 capabilities", fx.undoText());
        assertEquals("Train and support marketers on martech products", text(robot, TABLE, 3, 0));
        assertEquals("77.5 %", text(robot, TABLE, 3, 5));
        assertEquals("84.5 %", text(robot, TABLE, 0, 5), "the share of the standard task with that id");
        assertEquals("", text(robot, TABLE, 2, 5), "not a task of the survey");
        assertTrue(standard.isDisabled(), "nothing left to add");
        assertTrue(standard.getTooltip().getText().contains("survey"));
        fx.undo(robot);
        assertEquals(List.of("campaigns", "stack", "data"), ids());
        assertEquals(3, table(robot, TABLE).getItems().size(), "the table follows undo");
        assertFalse(standard.isDisabled());
    }

    @Test
    void renameInPlaceAndARefusedNameIsExplained(FxRobot robot) {
        rename(robot, TABLE, 1, "Own the stack");
        assertEquals("Own the stack", fx.current().capability("stack").orElseThrow().name());
        assertEquals("_Undo Rename capability", fx.undoText());
        Design before = fx.current();
        rename(robot, TABLE, 1, " ");
        assertSame(before, fx.current());
        Label message = robot.lookup("#plan-capabilities-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("A name cannot be empty.", message.getText());
        assertEquals("Own the stack", text(robot, TABLE, 1, 0), "the cell shows the design's name again");
        rename(robot, TABLE, 1, "Stack");
        assertFalse(message.isVisible(), "the next edit that goes through clears the reason");
    }

    @Test
    void layerScopeAndArchetypeArePickedInPlace(FxRobot robot) {
        pick(robot, TABLE, 2, 1, "Governance");
        pick(robot, TABLE, 2, 2, "Per region");
        pick(robot, TABLE, 2, 3, "Maestro");
        assertEquals(new Capability("data", "Keep data clean", Layer.GOVERNANCE, Scope.PER_REGION, Archetype.MAESTRO),
                fx.current().capability("data").orElseThrow());
        assertEquals("_Undo Set default archetype", fx.undoText());
    }

    @Test
    void needsAToolIsTickedInTheRow(FxRobot robot) {
        CheckBox box = (CheckBox) PlanFixture.cell(robot, TABLE, 2, 4).getGraphic();
        assertFalse(box.isSelected());
        robot.clickOn(box);
        assertTrue(fx.current().capability("data").orElseThrow().needsTool());
        assertEquals("_Undo Set needs a tool", fx.undoText());
        assertTrue(((CheckBox) PlanFixture.cell(robot, TABLE, 2, 4).getGraphic()).isSelected());
        fx.undo(robot);
        assertFalse(fx.current().capability("data").orElseThrow().needsTool());
        assertFalse(((CheckBox) PlanFixture.cell(robot, TABLE, 2, 4).getGraphic()).isSelected(), "the tick follows undo");
        fx.redo(robot);
        assertTrue(fx.current().capability("data").orElseThrow().needsTool());
        assertEquals("Needs a tool", table(robot, TABLE).getColumns().get(4).getText());
    }

    @Test
    void moveUpAndDownKeepTheRowSelected(FxRobot robot) {
        selectRow(robot, TABLE, 2);
        robot.clickOn("#plan-capability-up");
        assertEquals(List.of("campaigns", "data", "stack"), ids());
        assertEquals("data", ((Capability) table(robot, TABLE).getSelectionModel().getSelectedItem()).id());
        robot.clickOn("#plan-capability-up");
        robot.clickOn("#plan-capability-down");
        assertEquals(List.of("campaigns", "data", "stack"), ids());
        assertEquals("_Undo Move capability", fx.undoText());
    }

    @Test
    void addStartsANewCapabilityAndRemoveTakesAnUnusedOneAtOnce(FxRobot robot) {
        robot.clickOn("#plan-capability-add");
        assertEquals(List.of("campaigns", "stack", "data", "new-capability"), ids());
        assertEquals(3, table(robot, TABLE).getSelectionModel().getSelectedIndex());
        robot.clickOn("#plan-capability-remove");
        assertEquals(List.of("campaigns", "stack", "data"), ids());
        assertTrue(fx.dialogs.questions.isEmpty(), "nothing referred to it: no question");
    }

    @Test
    void removingAUsedCapabilityAsksAndRemovesItsReferencesInOneStep(FxRobot robot) {
        Design before = fx.current();
        selectRow(robot, TABLE, 0);
        fx.dialogs.confirmations.add(false);
        robot.clickOn("#plan-capability-remove");
        assertSame(before, fx.current(), "answered no");
        assertEquals("Remove Capability", fx.dialogs.questions.get(0).title());
        assertTrue(fx.dialogs.questions.get(0).text().startsWith("\"Run campaigns\" is still in use: 1 role in "
                + "1 scenario holds it; phase \"Foundation\" requires it."), fx.dialogs.questions.get(0).text());

        fx.dialogs.confirmations.add(true);
        robot.clickOn("#plan-capability-remove");
        assertEquals(List.of("stack", "data"), ids());
        assertEquals(List.of(), fx.role("r2").responsibilities());
        assertEquals(List.of(), fx.current().phases().get(0).requires());
        assertEquals("_Undo Remove capability", fx.undoText());
        fx.undo(robot);
        assertSame(before, fx.current());
        assertEquals(3, table(robot, TABLE).getItems().size());
    }
}
