package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;
import org.modesign.render.Rect;
import org.modesign.ui.action.EditorAction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart's context menus: each item does what the menu bar's item of the same name does, as
 * one step that Ctrl+Z undoes.
 */
@ExtendWith(ApplicationExtension.class)
class ChartContextMenuTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage);
    }

    private void rightClick(FxRobot robot, Point2D at) {
        robot.moveTo(at).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(FxRobot robot, String... ids) {
        for (String id : ids) {
            robot.clickOn(id);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Chooses item {@code itemId} of submenu {@code menuId} of the context menu shown (fired: robots miss submenus). */
    private void chooseInSubmenu(FxRobot robot, String menuId, String itemId) {
        ContextMenu shown = (ContextMenu) Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst().orElseThrow();
        Menu menu = (Menu) shown.getItems().stream().filter(i -> menuId.equals(i.getId())).findFirst().orElseThrow();
        MenuItem item = menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        assertFalse(menu.isDisable() || item.isDisable(), itemId + " can be chosen");
        robot.interact(() -> {
            item.fire();
            shown.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The design the menu bar's {@code action} makes of the fixture's with {@code selected} selected. */
    private Design byMenuBar(EditorAction action, String selected) {
        Design before = editor.document.design();
        robotFree(() -> {
            editor.context.selection().selectNodes(List.of(selected));
            editor.context.actions().run(action);
        });
        Design after = editor.document.design();
        robotFree(editor.document::undo);
        assertEquals(before, editor.document.design());
        return after;
    }

    private static void robotFree(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void deleteOnACardDoesWhatEditDeleteDoesAndUndoes(FxRobot robot) {
        Design expected = byMenuBar(EditorAction.DELETE, "analyst");
        rightClick(robot, editor.centreOf("analyst"));
        assertEquals(Set.of("analyst"), Set.copyOf(editor.context.selection().nodes()), "right-click selects the card");
        choose(robot, "#context-DELETE");
        assertEquals(expected, editor.document.design());
        assertTrue(editor.scenario().node("analyst").isEmpty());
        undo(robot);
        assertTrue(editor.scenario().node("analyst").isPresent());
    }

    @Test
    void archetypeAndSourcingAreSetOnTheRoleAsOneStep(FxRobot robot) {
        rightClick(robot, editor.centreOf("analyst"));
        chooseInSubmenu(robot, "context-archetype", "context-archetype-maker");
        assertEquals(Archetype.MAKER, ((Role) editor.scenario().node("analyst").orElseThrow()).archetype());
        assertEquals("Undo Set archetype", editor.document.undoTextProperty().get().replace("_", ""));
        undo(robot);
        assertEquals(Archetype.MODELER, ((Role) editor.scenario().node("analyst").orElseThrow()).archetype());
        rightClick(robot, editor.centreOf("analyst"));
        chooseInSubmenu(robot, "context-sourcing", "context-sourcing-agency");
        assertEquals(Sourcing.AGENCY, ((Role) editor.scenario().node("analyst").orElseThrow()).sourcing());
        assertEquals("Undo Set sourcing", editor.document.undoTextProperty().get().replace("_", ""));
    }

    @Test
    void addReportAddsARoleUnderTheCardOnASolidLineInOneStep(FxRobot robot) {
        int nodes = editor.scenario().nodes().size();
        int lines = editor.scenario().lines().size();
        Design expected = byMenuBar(EditorAction.ADD_REPORT, "cmo");
        rightClick(robot, editor.centreOf("cmo"));
        choose(robot, "#context-ADD_REPORT");
        assertEquals(expected, editor.document.design(), "the same as Edit ▸ Add Report");
        assertEquals(nodes + 1, editor.scenario().nodes().size());
        Node added = editor.scenario().nodes().get(nodes);
        assertEquals(new Line(added.id(), "cmo", LineStyle.SOLID), editor.scenario().lines().get(lines));
        assertTrue(added.y() > editor.scenario().node("cmo").orElseThrow().y(), "the report is placed under its manager");
        Rect card = editor.chart().scene().card(editor.chart().scene().indexOf(added.id()));
        for (int i = 0; i < editor.chart().scene().nodeCount(); i++) {
            if (!editor.chart().scene().node(i).id().equals(added.id())) {
                assertFalse(card.intersects(editor.chart().scene().card(i)), "the new card covers no other");
            }
        }
        undo(robot);
        assertEquals(nodes, editor.scenario().nodes().size());
        assertEquals(lines, editor.scenario().lines().size(), "one undo takes the role and its line");
    }

    @Test
    void addTeamMemberOnATeamAddsARoleToIt(FxRobot robot) {
        int nodes = editor.scenario().nodes().size();
        rightClick(robot, editor.centreOf("coe"));
        choose(robot, "#context-ADD_MEMBER");
        Role added = (Role) editor.scenario().nodes().get(nodes);
        assertEquals("coe", added.team());
        assertEquals("Undo Add team member", editor.document.undoTextProperty().get().replace("_", ""));
    }

    @Test
    void selectBranchSelectsTheCardAndEveryoneUnderIt(FxRobot robot) {
        rightClick(robot, editor.centreOf("cmo"));
        choose(robot, "#context-SELECT_BRANCH");
        assertEquals(Set.of("cmo", "coe", "analyst"), Set.copyOf(editor.context.selection().nodes()));
    }

    @Test
    void aLinesMenuTogglesItsStyleAsCtrlShiftLDoes(FxRobot robot) {
        Rect cmo = editor.chart().scene().card(editor.chart().scene().indexOf("cmo"));
        Rect coe = editor.chart().scene().card(editor.chart().scene().indexOf("coe"));
        rightClick(robot, editor.screen(coe.centerX(), (cmo.maxY() + coe.y()) / 2));
        choose(robot, "#context-TOGGLE_LINE_STYLE");
        Line line = editor.scenario().lines().stream().filter(l -> l.from().equals("coe")).findFirst().orElseThrow();
        assertEquals(LineStyle.DOTTED, line.style());
        undo(robot);
        assertEquals(LineStyle.SOLID, editor.scenario().lines().stream().filter(l -> l.from().equals("coe"))
                .findFirst().orElseThrow().style());
    }

    @Test
    void addHereOnTheCanvasAddsThePaletteItemWhereClicked(FxRobot robot) {
        Rect analyst = editor.chart().scene().card(editor.chart().scene().indexOf("analyst"));
        double wx = analyst.centerX() + 400;
        double wy = analyst.centerY();
        int nodes = editor.scenario().nodes().size();
        rightClick(robot, editor.screen(wx, wy));
        chooseInSubmenu(robot, "context-add-here", "context-add-TEAM");
        assertEquals(nodes + 1, editor.scenario().nodes().size());
        Node added = editor.scenario().nodes().get(nodes);
        assertTrue(added instanceof Team);
        Rect card = editor.chart().scene().card(editor.chart().scene().indexOf(added.id()));
        assertTrue(card.expanded(20).contains(wx, wy), "the team lands where the menu was opened");
        undo(robot);
        assertEquals(nodes, editor.scenario().nodes().size());
    }

    /** Fires item {@code itemId} of the context menu shown (the branch items are the menu bar's own, by their ids). */
    private void fire(FxRobot robot, String itemId) {
        ContextMenu shown = (ContextMenu) Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst().orElseThrow();
        MenuItem item = shown.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError(itemId + " is not in " + shown.getItems().stream().map(MenuItem::getId).toList()));
        assertFalse(item.isDisable(), itemId + " can be chosen");
        robot.interact(() -> {
            item.fire();
            shown.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void collapseAndExpandOnACardDoWhatTheViewMenusItemsDo(FxRobot robot) throws Exception {
        java.util.prefs.Preferences memory = java.util.prefs.Preferences.userRoot()
                .node("org/modesign/test-" + java.util.UUID.randomUUID());
        robotFree(() -> editor.chart().folds().useMemory(new FoldMemory(memory)));
        try {
            collapseAndExpand(robot);
        } finally {
            memory.removeNode();
        }
    }

    private void collapseAndExpand(FxRobot robot) {
        robotFree(() -> {
            editor.context.selection().selectNodes(List.of("coe"));
            editor.context.actions().run(EditorAction.COLLAPSE);
        });
        org.modesign.render.SceneFolds byMenuBar = editor.chart().scene().folds();
        assertEquals(1, byMenuBar.count(), "View ▸ Collapse folds the team into a roll-up");
        robotFree(() -> editor.context.actions().run(EditorAction.EXPAND));
        assertEquals(0, editor.chart().scene().folds().count());

        rightClick(robot, editor.centreOf("coe"));
        fire(robot, "menu-COLLAPSE");
        assertTrue(editor.chart().folds().isCollapsed("coe"));
        assertEquals(byMenuBar, editor.chart().scene().folds(), "the same roll-up as the menu bar's");
        rightClick(robot, editor.centreOf("coe"));
        fire(robot, "menu-EXPAND");
        assertFalse(editor.chart().folds().isCollapsed("coe"));
        assertEquals(0, editor.chart().scene().folds().count());
        assertFalse(editor.document.undoTextProperty().get().contains("ollapse"), "folding is a view, not an edit");
    }

    @Test
    void renameOnACardRenamesItAsOneStepThatUndoes(FxRobot robot) {
        rightClick(robot, editor.centreOf("analyst"));
        choose(robot, "#context-RENAME");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Data steward");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Data steward", editor.scenario().node("analyst").orElseThrow().label());
        undo(robot);
        assertEquals("Data analyst", editor.scenario().node("analyst").orElseThrow().label());
    }

    @Test
    void arrangeOnTheCanvasDoesWhatArrangeArrangeDoesAndUndoes(FxRobot robot) {
        Design before = editor.document.design();
        Design expected = byMenuBar(EditorAction.ARRANGE, "analyst");
        assertFalse(expected.equals(before), "Arrange moves the fixture's cards");
        Rect analyst = editor.chart().scene().card(editor.chart().scene().indexOf("analyst"));
        rightClick(robot, editor.screen(analyst.centerX() + 400, analyst.centerY()));
        choose(robot, "#context-ARRANGE");
        assertEquals(expected, editor.document.design(), "the same as Arrange ▸ Arrange");
        undo(robot);
        assertEquals(before, editor.document.design());
    }
}
