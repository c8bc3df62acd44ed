package org.modesign.ui.shell;

import static org.modesign.ui.canvas.ChartKeysFixture.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.i18n.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The chart and the inspector from the keyboard: Enter goes to the inspector's first field and
 * Escape back (after putting back typing first), Edit ▸ Responsibilities goes to the role's
 * letters, and Report To… (Ctrl+R) changes the manager in one undoable step and refuses a loop.
 */
@ExtendWith(ApplicationExtension.class)
class ChartInspectorKeysTest {

    private EditorContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = new EditorContext(new DocumentModel(design(), null), new FakeDialogs());
        window = new MainWindow(context, new InspectorView(context), new javafx.scene.control.Menu("Recent"));
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.focusChart();
    }

    /** CEO ← CMO ← Martech CoE (team) ∋ Data analyst (accountable for data quality); Ops lead ← CMO. */
    private static Design design() {
        return org.modesign.ui.canvas.ChartKeysFixture.withOpsLead();
    }


    private Node focused(FxRobot robot) {
        return window.chart().getScene().getFocusOwner();
    }

    private void selectAnalyst(FxRobot robot) {
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        assertEquals(Set.of("analyst"), Set.copyOf(context.selection().nodes()));
    }

    @Test
    void enterGoesToTheInspectorsFirstFieldAndEscapeComesBack(FxRobot robot) {
        selectAnalyst(robot);
        key(robot, KeyCode.ENTER);
        Node field = focused(robot);
        assertEquals("inspector-title", field.getId());
        assertEquals("Data analyst", ((TextField) field).getText());
        robot.write("X", 0);
        waitForFxEvents();
        key(robot, KeyCode.ESCAPE);
        assertSame(field, focused(robot), "the first Escape puts the typing back and stays");
        assertEquals("Data analyst", ((TextField) field).getText());
        key(robot, KeyCode.ESCAPE);
        assertTrue(window.chart().isFocused(), "the second goes back to the chart");
        assertEquals(Set.of("analyst"), Set.copyOf(context.selection().nodes()), "the selection is kept");
        assertFalse(context.document().canUndoProperty().get());
        key(robot, KeyCode.ENTER);
        key(robot, KeyCode.TAB);
        assertEquals("inspector-archetype", focused(robot).getId());
        key(robot, KeyCode.ESCAPE);
        assertTrue(window.chart().isFocused(), "Escape on a closed drop-down goes back too");
    }

    @Test
    void responsibilitiesGoToTheRolesLetters(FxRobot robot) {
        selectAnalyst(robot);
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        assertEquals("inspector-raci-table", focused(robot).getId());
        key(robot, KeyCode.ESCAPE);
        assertTrue(window.chart().isFocused());
        key(robot, KeyCode.UP);
        key(robot, KeyCode.RIGHT); // the Ops lead, who holds no letter
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        assertEquals("inspector-add-capability", focused(robot).getId());
    }

    @Test
    void reportToMovesTheCardUnderTheChosenCardInOneStep(FxRobot robot) {
        selectAnalyst(robot);
        key(robot, KeyCode.CONTROL, KeyCode.R);
        assertTrue(robot.lookup("#report-to-choice").tryQuery().isPresent(), "the picker is open");
        robot.type(KeyCode.O, KeyCode.P, KeyCode.S); // real keys: the picker's list opens on a letter
        waitForFxEvents();
        key(robot, KeyCode.ENTER);
        key(robot, KeyCode.ENTER);
        assertTrue(robot.lookup("#report-to-choice").tryQuery().isEmpty(), "the picker closed");
        assertTrue(context.document().scenario().lines().contains(new Line("analyst", "ops", LineStyle.SOLID)));
        assertEquals("Undo Move \"Data analyst\" under \"Ops lead\"",
                context.document().undoTextProperty().get().replace("_", ""));
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertFalse(context.document().scenario().lines().stream().anyMatch(l -> l.from().equals("analyst")));
        assertFalse(context.document().canUndoProperty().get());
    }

    @Test
    void reportToRefusesALoopWithItsReasonAndChangesNothing(FxRobot robot) {
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.DOWN);
        assertEquals(Set.of("cmo"), Set.copyOf(context.selection().nodes()));
        Design before = context.document().design();
        key(robot, KeyCode.CONTROL, KeyCode.R);
        robot.type(KeyCode.D, KeyCode.A, KeyCode.T, KeyCode.A);
        waitForFxEvents();
        key(robot, KeyCode.ENTER);
        key(robot, KeyCode.ENTER);
        Label error = robot.lookup("#report-to-error").queryAs(Label.class);
        assertTrue(error.isVisible(), "refused in the picker");
        assertEquals(I18n.tr("reportTo.refused.below", "CMO", "Data analyst"), error.getText());
        key(robot, KeyCode.ESCAPE);
        assertTrue(robot.lookup("#report-to-choice").tryQuery().isEmpty(), "Escape cancels");
        assertSame(before, context.document().design());
    }
}
