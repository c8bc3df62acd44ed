package org.modesign.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.plan.PlanFixture.pick;
import static org.modesign.ui.plan.PlanFixture.selectRow;
import static org.modesign.ui.plan.PlanFixture.table;
import static org.modesign.ui.plan.PlanFixture.text;
import static org.modesign.ui.plan.PlanFixture.type;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.edit.AddTool;
import org.modesign.edit.DeployTool;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Tools tab: tools added, renamed, set and reordered in place, the capabilities they serve
 * ticked in a drop-down, removed (asking when deployed) and started from the common kinds.
 */
@ExtendWith(ApplicationExtension.class)
class ToolsTabTest {

    private static final String TABLE = "#plan-tools";

    private PlanFixture fx;

    @Start
    void start(Stage stage) {
        fx = new PlanFixture(stage);
    }

    private List<String> ids() {
        return fx.current().tools().stream().map(Tool::id).toList();
    }

    private Tool tool(String id) {
        return fx.current().tool(id).orElseThrow();
    }

    /** Two tools, "Marketo" (serving campaigns) and "Segment"; Marketo deployed in EMEA in scenario central. */
    private void twoTools(FxRobot robot) {
        robot.interact(() -> {
            fx.context.edit(new AddTool(new Tool("mkto", "Marketo", ToolCategory.ADVERTISING, Layer.EXPRESSION, 90000,
                    List.of("campaigns"))));
            fx.context.edit(AddTool.named(fx.current(), "Segment", ToolCategory.DATA));
            fx.context.edit(new DeployTool("central", new StackEntry("mkto", "emea", "r2", null, null)));
        });
        fx.tab(robot, PlanTab.TOOLS);
    }

    private ServesCell serves(FxRobot robot, int row) {
        return robot.lookup(TABLE + " .table-cell")
                .match((Node n) -> n instanceof ServesCell s && s.getIndex() == row && s.isVisible()).query();
    }

    /** Ticks the capability named {@code name} in the open list of capabilities served. */
    private void tick(FxRobot robot, String name) {
        ListCell<?> cell = robot.lookup(".list-cell")
                .match((ListCell<?> c) -> name.equals(c.getText()) && c.getGraphic() instanceof CheckBox && c.isVisible())
                .queryAs(ListCell.class);
        CheckBox box = (CheckBox) cell.getGraphic();
        robot.clickOn(box);
        waitForFxEvents();
    }

    private String message(FxRobot robot) {
        Label message = robot.lookup("#plan-tools-message").queryAs(Label.class);
        return message.isVisible() ? message.getText() : "";
    }

    @Test
    void addATool_nameIt_andTickTheCapabilitiesItServesInOneStep(FxRobot robot) {
        fx.tab(robot, PlanTab.TOOLS);
        robot.clickOn("#plan-tool-add");
        assertEquals(List.of("new-tool"), ids());
        assertEquals("_Undo Add tool", fx.undoText());
        robot.write("Marketing cloud", 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals("Marketing cloud", tool("new-tool").name());
        assertEquals("_Undo Rename tool", fx.undoText());

        robot.clickOn(serves(robot, 0).combo());
        waitForFxEvents();
        tick(robot, "Run campaigns");
        tick(robot, "Keep data clean");
        assertEquals(List.of(), tool("new-tool").capabilities(), "nothing counts while the list is open");
        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertEquals(List.of("campaigns", "data"), tool("new-tool").capabilities());
        assertEquals("_Undo Change capabilities served", fx.undoText());
        assertEquals("Run campaigns, Keep data clean", serves(robot, 0).combo().getTooltip().getText());

        fx.undo(robot);
        assertEquals(List.of(), tool("new-tool").capabilities(), "one step takes both ticks back");
        assertTrue(serves(robot, 0).combo().getCheckModel().getCheckedItems().isEmpty(), "the ticks follow undo");
        fx.redo(robot);
        assertEquals(List.of("campaigns", "data"), tool("new-tool").capabilities());
        fx.undo(robot);
        fx.undo(robot);
        assertEquals("New tool", tool("new-tool").name());
        fx.assertAllTextsKnown(robot);
    }

    @Test
    void theCapabilitiesServedAreTickedFromTheKeyboardToo(FxRobot robot) {
        twoTools(robot);
        ServesCell cell = serves(robot, 1);
        robot.interact(() -> cell.combo().requestFocus());
        robot.type(KeyCode.SPACE);
        waitForFxEvents();
        robot.type(KeyCode.DOWN, KeyCode.SPACE, KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE);
        waitForFxEvents();
        assertEquals(List.of(), tool("segment").capabilities(), "nothing counts while the list is open");
        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertEquals(List.of("campaigns", "data"), tool("segment").capabilities());
        assertEquals("_Undo Change capabilities served", fx.undoText());
    }

    @Test
    void aTickWithTheListClosedCountsAtOnce(FxRobot robot) {
        twoTools(robot);
        ServesCell cell = serves(robot, 1);
        robot.interact(() -> cell.combo().getCheckModel().check(1));
        assertEquals(List.of("stack"), tool("segment").capabilities());
        assertEquals("_Undo Change capabilities served", fx.undoText());
        robot.interact(() -> serves(robot, 0).combo().getCheckModel().clearCheck(0));
        assertEquals(List.of(), tool("mkto").capabilities());
    }

    @Test
    void categoryLayerAndCostAreSetInPlace_andACostThatIsNoNumberIsExplained(FxRobot robot) {
        twoTools(robot);
        assertEquals("90,000", text(robot, TABLE, 0, 3));
        assertEquals("Yearly cost", table(robot, TABLE).getColumns().get(3).getText());
        pick(robot, TABLE, 1, 1, "Management");
        assertEquals(ToolCategory.MANAGEMENT, tool("segment").category());
        assertEquals("_Undo Set tool category", fx.undoText());
        pick(robot, TABLE, 1, 2, "Governance");
        assertEquals(Layer.GOVERNANCE, tool("segment").layer());
        assertEquals("_Undo Set tool layer", fx.undoText());

        type(robot, TABLE, 1, 3, "$ 25 000");
        assertEquals(25000, tool("segment").cost());
        assertEquals("_Undo Set tool cost", fx.undoText());
        assertEquals("25,000", text(robot, TABLE, 1, 3));

        Design before = fx.current();
        type(robot, TABLE, 1, 3, "lots");
        assertSame(before, fx.current());
        assertEquals("\u201Clots\u201D is not a cost; type a number of at least 0, such as 25000.", message(robot));
        assertEquals("25,000", text(robot, TABLE, 1, 3), "the cell shows the design's cost again");
        type(robot, TABLE, 1, 3, "-5");
        assertSame(before, fx.current());
        assertEquals("A cost must be a number of at least 0, not -5.", message(robot));
        type(robot, TABLE, 1, 3, "");
        assertEquals(0, tool("segment").cost(), "an empty cost is 0");
        assertEquals("", message(robot));

        fx.undo(robot);
        assertEquals(25000, tool("segment").cost());
        fx.redo(robot);
        assertEquals(0, tool("segment").cost());
    }

    @Test
    void renameAndMoveKeepTheRowSelected(FxRobot robot) {
        twoTools(robot);
        PlanFixture.rename(robot, TABLE, 0, "Marketo Engage");
        assertEquals("Marketo Engage", tool("mkto").name());
        selectRow(robot, TABLE, 1);
        robot.clickOn("#plan-tool-up");
        assertEquals(List.of("segment", "mkto"), ids());
        assertEquals("_Undo Move tool", fx.undoText());
        assertEquals("segment", ((Tool) table(robot, TABLE).getSelectionModel().getSelectedItem()).id());
        robot.clickOn("#plan-tool-down");
        assertEquals(List.of("mkto", "segment"), ids());
        fx.undo(robot);
        assertEquals(List.of("segment", "mkto"), ids());
        fx.redo(robot);
        assertEquals(List.of("mkto", "segment"), ids());
    }

    @Test
    void removingADeployedToolAsksAndTakesItsDeploymentsInOneStep(FxRobot robot) {
        twoTools(robot);
        Design before = fx.current();
        selectRow(robot, TABLE, 0);
        fx.dialogs.confirmations.add(false);
        robot.clickOn("#plan-tool-remove");
        assertSame(before, fx.current(), "answered no");
        assertEquals("Remove Tool", fx.dialogs.questions.get(0).title());
        assertTrue(fx.dialogs.questions.get(0).text().startsWith("\"Marketo\" is still in use: 1 deployment in "
                + "1 scenario uses it."), fx.dialogs.questions.get(0).text());

        fx.dialogs.confirmations.add(true);
        robot.clickOn("#plan-tool-remove");
        assertEquals(List.of("segment"), ids());
        assertEquals(List.of(), fx.current().scenario("central").orElseThrow().stack());
        assertEquals("_Undo Remove tool", fx.undoText());
        fx.undo(robot);
        assertSame(before, fx.current(), "the tool and its deployment are back");
        assertEquals(2, table(robot, TABLE).getItems().size());
        fx.redo(robot);
        assertEquals(List.of("segment"), ids());

        selectRow(robot, TABLE, 0);
        robot.clickOn("#plan-tool-remove");
        assertEquals(List.of(), ids());
        assertEquals(2, fx.dialogs.questions.size(), "a tool deployed nowhere goes without a question");
    }

    @Test
    void theCommonToolsAreAddedNamedByWhatTheyAreServingTheCatalogue(FxRobot robot) {
        fx.tab(robot, PlanTab.TOOLS);
        Button common = robot.lookup("#plan-tool-common").queryButton();
        robot.clickOn(common);
        assertEquals(CommonTools.size(), fx.current().tools().size());
        assertEquals(12, CommonTools.size());
        assertEquals("_Undo Add 12 tools", fx.undoText());
        Tool automation = tool("marketing-automation");
        assertEquals("Marketing automation", automation.name());
        assertEquals(ToolCategory.ADVERTISING, automation.category());
        assertEquals(List.of("campaigns"), automation.capabilities(), "the one of its tasks the catalogue has");
        assertEquals(List.of(), tool("cdp").capabilities(), "data-quality is not in this catalogue");
        assertTrue(fx.current().tools().stream().allMatch(t -> t.cost() == 0), "no prices");
        assertTrue(fx.current().tools().stream().noneMatch(t -> t.name().startsWith("!")), "every name is in the bundle");
        assertTrue(common.isDisabled(), "nothing left to add");
        assertEquals(0, table(robot, TABLE).getSelectionModel().getSelectedIndex());

        fx.undo(robot);
        assertEquals(List.of(), ids());
        assertFalse(common.isDisabled());
        fx.redo(robot);
        assertEquals(12, ids().size());
        fx.assertAllTextsKnown(robot);
    }
}
