package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.find.FindHit;
import org.modesign.render.Rect;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find (Ctrl+F) as a user uses it: type, Enter, F3 and Shift+F3, the "holds …" filter. */
@ExtendWith(ApplicationExtension.class)
class FindTest {

    private EditorFixture editor;
    private final List<String> revealed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage);
        editor.window.find().setReveal(revealed::add);
    }

    private void find(FxRobot robot, String query) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(String id) {
        Rect card = editor.chart().scene().card(editor.chart().scene().indexOf(id));
        Rect visible = editor.chart().viewport().visibleWorldRect();
        return visible.contains(card.x(), card.y()) && visible.contains(card.maxX(), card.maxY());
    }

    private Set<String> selected() {
        return Set.copyOf(editor.context.selection().nodes());
    }

    @Test
    void enterSelectsTheMatchAndCentresItsCardAfterRevealingIt(FxRobot robot) {
        robot.interact(() -> editor.chart().panBy(-20_000, -20_000));
        assertFalse(shown("analyst"), "the card is off screen before the search");
        find(robot, "analyst");
        ListView<FindHit> list = robot.lookup("#find-list").queryListView();
        assertEquals("analyst", list.getItems().get(0).nodeId(), "the match is listed as one types");
        assertEquals("Martech CoE", list.getItems().get(0).team());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("analyst"), selected());
        assertTrue(shown("analyst"), "the card is brought into view");
        assertEquals(List.of("analyst"), revealed, "a folded branch holding the card is unfolded first");
    }

    @Test
    void f3AndShiftF3CycleThroughTheMatchesInTheListsOrder(FxRobot robot) {
        find(robot, "m");
        ListView<FindHit> list = robot.lookup("#find-list").queryListView();
        List<String> order = list.getItems().stream().map(FindHit::nodeId).toList();
        assertTrue(order.size() >= 3, "several matches: " + order);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(order.get(0)), selected());
        for (int i = 1; i <= order.size(); i++) {
            robot.press(KeyCode.F3).release(KeyCode.F3);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Set.of(order.get(i % order.size())), selected(), "F3 goes to match " + i);
            assertTrue(shown(order.get(i % order.size())));
        }
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(order.get(order.size() - 1)), selected(), "Shift+F3 goes back, wrapping");
    }

    @Test
    void theHoldsFilterFindsTheRolesHoldingACapability(FxRobot robot) {
        find(robot, "");
        robot.clickOn("#find-holds");
        robot.clickOn("#find-field").write("data quality");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<FindHit> list = robot.lookup("#find-list").queryListView();
        assertEquals(List.of("analyst"), list.getItems().stream().map(FindHit::nodeId).toList());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("analyst"), selected());
    }

    @Test
    void aCardRenamedWhileTheBarIsOpenIsFoundByItsNewTitle(FxRobot robot) {
        find(robot, "");
        robot.interact(() -> editor.context.edit(new org.modesign.edit.Rename(editor.scenario().id(), "analyst",
                "Quality steward")));
        robot.clickOn("#find-field").write("steward");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("analyst"), selected());
    }

    @Test
    void escapeClosesTheBarAndGivesTheChartTheKeys(FxRobot robot) {
        find(robot, "ceo");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#find-bar").query().isVisible());
        assertTrue(editor.chart().isFocused());
    }
}
