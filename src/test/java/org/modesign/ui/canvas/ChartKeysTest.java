package org.modesign.ui.canvas;

import static org.modesign.ui.canvas.ChartKeysFixture.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.render.Rect;
import org.modesign.render.Rgb;
import org.modesign.render.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The chart from the keyboard, key by key, on CEO ← CMO ← {Martech CoE ∋ Data analyst, Ops lead}:
 * Home, Up, Down (unfolding a collapsed card), Left and Right; Ctrl+arrows and Ctrl+Shift+arrows
 * move with undo, Shift+arrows pan; Tab goes in and out; the card reached is kept in view; the
 * focus ring shows only while the chart has the focus.
 */
@ExtendWith(ApplicationExtension.class)
class ChartKeysTest {

    private final java.util.prefs.Preferences folds = java.util.prefs.Preferences.userRoot()
            .node("org/modesign/test/chartKeys/" + System.nanoTime());
    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, withOpsLead());
        editor.chart().folds().useMemory(new FoldMemory(folds));
    }

    @org.junit.jupiter.api.AfterEach
    void forget() throws Exception {
        folds.removeNode();
    }

    /** The fixture's design with an Ops lead reporting to the CMO, right of the CoE. */
    static Design withOpsLead() {
        Design design = EditorFixture.design();
        Scenario s = design.scenarios().get(0);
        List<org.modesign.model.Node> nodes = new ArrayList<>(s.nodes());
        nodes.add(Role.of("ops", "Ops lead", Archetype.LEADER, 240, 240));
        List<Line> lines = new ArrayList<>(s.lines());
        lines.add(new Line("ops", "cmo", LineStyle.SOLID));
        return design.withScenario(0, s.withNodes(nodes).withLines(lines));
    }


    private Set<String> selected() {
        return Set.copyOf(editor.context.selection().nodes());
    }

    @Test
    void homeUpDownLeftAndRightWalkTheReportingTree(FxRobot robot) {
        key(robot, KeyCode.HOME);
        assertEquals(Set.of("ceo"), selected());
        key(robot, KeyCode.DOWN);
        assertEquals(Set.of("cmo"), selected());
        key(robot, KeyCode.DOWN);
        assertEquals(Set.of("coe"), selected(), "the first report in the chart's order (left of the Ops lead)");
        key(robot, KeyCode.RIGHT);
        assertEquals(Set.of("ops"), selected());
        key(robot, KeyCode.RIGHT);
        assertEquals(Set.of("ops"), selected(), "the last card under the CMO stays");
        key(robot, KeyCode.LEFT);
        assertEquals(Set.of("coe"), selected());
        key(robot, KeyCode.DOWN);
        assertEquals(Set.of("analyst"), selected(), "a team's first member");
        key(robot, KeyCode.UP);
        assertEquals(Set.of("coe"), selected(), "a member's Up is its team");
        key(robot, KeyCode.UP);
        key(robot, KeyCode.UP);
        assertEquals(Set.of("ceo"), selected());
        key(robot, KeyCode.UP);
        assertEquals(Set.of("ceo"), selected(), "the top card stays");
        assertFalse(editor.document.canUndoProperty().get(), "walking edits nothing");
    }

    @Test
    void downOnACollapsedCardUnfoldsItAndGoesToItsFirstReport(FxRobot robot) {
        robot.interact(() -> editor.chart().folds().collapse(List.of("cmo")));
        waitForFxEvents();
        Design before = editor.document.design();
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.DOWN);
        assertEquals(Set.of("cmo"), selected());
        assertTrue(editor.chart().folds().isCollapsed("cmo"));
        key(robot, KeyCode.DOWN);
        assertFalse(editor.chart().folds().isCollapsed("cmo"), "unfolded");
        assertEquals(Set.of("coe"), selected());
        assertFalse(editor.chart().scene().hidden(editor.chart().scene().indexOf("coe")));
        assertSame(before, editor.document.design(), "a change of view, not an edit");
        assertFalse(editor.document.canUndoProperty().get());
    }

    @Test
    void ctrlArrowsMoveTheSelectionCtrlShiftArrowsAFineStepAndUndoTakesItBack(FxRobot robot) {
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.DOWN);
        key(robot, KeyCode.RIGHT);
        assertEquals(Set.of("ops"), selected());
        org.modesign.model.Node ops = editor.scenario().node("ops").orElseThrow();
        key(robot, KeyCode.CONTROL, KeyCode.RIGHT);
        assertEquals(ops.x() + CanvasInput.GRID, editor.scenario().node("ops").orElseThrow().x(), 1e-9);
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DOWN);
        assertEquals(ops.y() + ChartKeys.FINE, editor.scenario().node("ops").orElseThrow().y(), 1e-9);
        assertEquals(Set.of("ops"), selected(), "the selection stays");
        key(robot, KeyCode.LEFT);
        assertEquals(Set.of("coe"), selected());
        org.modesign.model.Node coe = editor.scenario().node("coe").orElseThrow();
        key(robot, KeyCode.CONTROL, KeyCode.UP);
        assertEquals(coe.y() - CanvasInput.GRID, editor.scenario().node("coe").orElseThrow().y(), 1e-9);
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(coe, editor.scenario().node("coe").orElseThrow(), "the other card's move is a step of its own");
        assertNotSame(ops, editor.scenario().node("ops").orElseThrow());
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(ops, editor.scenario().node("ops").orElseThrow(), "presses in a row on one card are one step");
        assertFalse(editor.document.canUndoProperty().get());
    }

    @Test
    void shiftArrowsPanWithoutChangingTheDesignOrTheSelection(FxRobot robot) {
        key(robot, KeyCode.HOME);
        Design before = editor.document.design();
        Viewport start = editor.chart().viewport();
        key(robot, KeyCode.SHIFT, KeyCode.RIGHT);
        Viewport after = editor.chart().viewport();
        assertEquals(start.x() + ChartKeys.PAN / start.scale(), after.x(), 1.0 / start.scale());
        key(robot, KeyCode.SHIFT, KeyCode.DOWN);
        assertEquals(start.y() + ChartKeys.PAN / start.scale(), editor.chart().viewport().y(), 1.0 / start.scale());
        assertSame(before, editor.document.design());
        assertEquals(Set.of("ceo"), selected());
    }

    @Test
    void tabLeavesTheChartAndShiftTabComesBackWithNoTrap(FxRobot robot) {
        assertTrue(editor.chart().isFocused());
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.TAB);
        assertFalse(editor.chart().isFocused(), "Tab leaves the chart: one stop");
        key(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertTrue(editor.chart().isFocused(), "Shift+Tab comes back");
        int presses = 0;
        do {
            key(robot, KeyCode.TAB);
            presses++;
        } while (!editor.chart().isFocused() && presses < 200);
        assertTrue(editor.chart().isFocused(), "Tab goes round the window and back to the chart");
        assertTrue(presses > 1);
        assertEquals(Set.of("ceo"), selected(), "the selection is kept");
    }

    @Test
    void theCardReachedIsScrolledIntoViewByTheLeastNeeded(FxRobot robot) {
        ChartView chart = editor.chart();
        robot.interact(() -> chart.panBy(-chart.getWidth() * 3, 0)); // the cards far off to the left
        waitForFxEvents();
        key(robot, KeyCode.HOME);
        Rect card = chart.scene().card(chart.scene().indexOf("ceo"));
        Viewport v = chart.viewport();
        assertEquals(ChartKeys.MARGIN, v.toScreenX(card.x()), 1.0, "just inside the left edge, with a margin");
        assertTrue(v.toScreenY(card.y()) >= 0 && v.toScreenY(card.maxY()) <= chart.getHeight());
        Viewport before = chart.viewport();
        key(robot, KeyCode.DOWN);
        assertEquals(before.x(), chart.viewport().x(), 1e-9, "a card in view does not scroll the view");
    }

    @Test
    void theFocusRingShowsRoundTheCardOnlyWhileTheChartHasTheFocus(FxRobot robot) {
        Rectangle ring = robot.lookup("#chart-focus-ring").queryAs(Rectangle.class);
        assertFalse(ring.isVisible(), "no card selected");
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.DOWN);
        robot.interact(() -> editor.chart().paint());
        assertTrue(ring.isVisible());
        Rect card = editor.chart().scene().card(editor.chart().scene().indexOf("cmo"));
        Viewport v = editor.chart().viewport();
        assertTrue(ring.getX() < v.toScreenX(card.x()) && ring.getX() + ring.getWidth() > v.toScreenX(card.maxX()),
                "round the CMO's card");
        Rgb rgb = editor.context.look().chartTheme().focusRing();
        assertEquals(Color.rgb(rgb.red(), rgb.green(), rgb.blue()), ring.getStroke());
        key(robot, KeyCode.TAB);
        robot.interact(() -> editor.chart().paint());
        assertFalse(ring.isVisible(), "the chart has lost the focus");
        assertEquals(Set.of("cmo"), selected(), "the selection is kept");
        robot.interact(() -> editor.chart().requestFocus());
        robot.interact(() -> editor.chart().paint());
        assertTrue(ring.isVisible());
    }

    @Test
    void shiftF10OpensTheCardMenuAtTheSelectedCardAndTheCanvasMenuWithNone(FxRobot robot) {
        key(robot, KeyCode.HOME);
        key(robot, KeyCode.SHIFT, KeyCode.F10);
        assertTrue(robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu m
                && "context-card".equals(m.getId()) && m.isShowing()), "the card's menu");
        key(robot, KeyCode.ESCAPE);
        key(robot, KeyCode.ESCAPE); // clears the selection
        assertTrue(selected().isEmpty());
        key(robot, KeyCode.SHIFT, KeyCode.F10);
        assertTrue(robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu m
                && "context-canvas".equals(m.getId()) && m.isShowing()), "the canvas menu");
        key(robot, KeyCode.ESCAPE);
    }
}
