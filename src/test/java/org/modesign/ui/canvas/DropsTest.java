package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.render.Rect;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drops that do what the hand meant: the team a drop joins is highlighted while dragging, roles
 * dropped on a team or a member go into the team's column, a card dragged onto a team joins it in
 * one undoable step, and no drop leaves a card covering another.
 */
@ExtendWith(ApplicationExtension.class)
class DropsTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage);
    }

    @Test
    void twoRolesDroppedOnATeamJoinItOneBelowTheOtherCoveringNothing(FxRobot robot) {
        int before = editor.scenario().nodes().size();
        dropFromPalette(robot, "#palette-maestro", "coe");
        dropFromPalette(robot, "#palette-maker", "coe");
        Scenario s = editor.scenario();
        assertEquals(before + 2, s.nodes().size());
        Role first = (Role) s.nodes().get(before);
        Role second = (Role) s.nodes().get(before + 1);
        assertEquals("coe", first.team());
        assertEquals("coe", second.team(), "the second drop at the same place joins the team too");
        Node team = s.node("coe").orElseThrow();
        assertTrue(first.y() > team.y() && second.y() > first.y(), "stacked under the team: " + first + second);
        assertEquals(first.x(), second.x(), "in the team's column");
        assertNoCardCoversAnother(s);
    }

    @Test
    void aRoleDroppedOnAMemberJoinsThatMembersTeam(FxRobot robot) {
        int before = editor.scenario().nodes().size();
        dropFromPalette(robot, "#palette-leader", "analyst");
        Role added = (Role) editor.scenario().nodes().get(before);
        assertEquals("coe", added.team());
        assertNoCardCoversAnother(editor.scenario());
    }

    @Test
    void theTeamADropJoinsIsHighlightedWhileDragging(FxRobot robot) {
        Rectangle ring = robot.lookup("#drop-target").queryAs(Rectangle.class);
        robot.drag("#palette-modeler", MouseButton.PRIMARY).moveTo(editor.centreOf("coe"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ring.isVisible(), "the team is highlighted under a dragged role");
        Rect team = editor.chart().scene().card(editor.chart().scene().indexOf("coe"));
        assertTrue(ring.getWidth() > team.width() * editor.chart().viewport().scale(), "around the team card");
        robot.moveTo(editor.centreOf("ceo"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ring.isVisible(), "an executive is no team to join");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ring.isVisible());

        Role lead = Role.of("lead", "Lead", org.modesign.model.Archetype.LEADER, 400, 360);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> editor.context.edit(new org.modesign.edit.AddNode("central", lead)));
        robot.drag(editor.centreOf("lead"), MouseButton.PRIMARY).moveTo(editor.centreOf("coe"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ring.isVisible(), "a card dragged over a team highlights it too");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ring.isVisible());
    }

    @Test
    void aCardDraggedOntoATeamJoinsItInOneUndoableStep(FxRobot robot) {
        Role lead = Role.of("lead", "Campaign lead", org.modesign.model.Archetype.LEADER, 400, 360);
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> editor.context.edit(new org.modesign.edit.AddNode("central", lead)));
        robot.drag(editor.centreOf("lead"), MouseButton.PRIMARY).moveTo(editor.centreOf("coe"))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Role moved = (Role) editor.scenario().node("lead").orElseThrow();
        assertEquals("coe", moved.team());
        assertEquals("Undo Move \u201CCampaign lead\u201D to team \u201CMartech CoE\u201D",
                editor.document.undoTextProperty().get().replace("_", ""));
        assertNoCardCoversAnother(editor.scenario());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lead, editor.scenario().node("lead").orElseThrow(), "one step undoes team and place");
    }

    @Test
    void aCardDroppedOnAnotherIsNudgedToTheNearestFreeSpot(FxRobot robot) {
        robot.drag(editor.centreOf("analyst"), MouseButton.PRIMARY).moveTo(editor.centreOf("ceo"))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Node analyst = editor.scenario().node("analyst").orElseThrow();
        assertTrue(analyst.y() < 360, "it moved: " + analyst);
        assertNoCardCoversAnother(editor.scenario());
        assertEquals("Undo Move card", editor.document.undoTextProperty().get().replace("_", ""));
    }

    private void dropFromPalette(FxRobot robot, String item, String onto) {
        robot.drag(item, MouseButton.PRIMARY).moveTo(editor.centreOf(onto)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNoCardCoversAnother(Scenario scenario) {
        var scene = editor.chart().scene();
        List<Node> nodes = scenario.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Rect a = scene.card(scene.indexOf(nodes.get(i).id()));
                Rect b = scene.card(scene.indexOf(nodes.get(j).id()));
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
                assertFalse(overlap, nodes.get(i).id() + " covers " + nodes.get(j).id() + ": " + a + " " + b);
            }
        }
    }
}
