package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find (Ctrl+F) of a role whose branch is collapsed: Enter unfolds the branch, selects the card and shows it. */
@ExtendWith(ApplicationExtension.class)
class FindInFoldedBranchTest {

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, FoldTest.team());
        editor.chart().folds().useMemory(new FoldMemory(node));
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void enterOnARoleInACollapsedTeamExpandsItSelectsTheRoleAndShowsItsCard(FxRobot robot) {
        robot.interact(() -> editor.chart().folds().collapse(List.of("coe")));
        WaitForAsyncUtils.waitForFxEvents();
        ChartScene folded = editor.chart().scene();
        assertTrue(folded.hidden(folded.indexOf("writer")), "the writer is folded away in the CoE's roll-up");
        robot.interact(() -> editor.chart().panBy(-20_000, -20_000));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Writer");
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(editor.chart().folds().isCollapsed("coe"), "the team holding the match is expanded");
        assertEquals(Set.of("writer"), Set.copyOf(editor.context.selection().nodes()));
        ChartScene scene = editor.chart().scene();
        int writer = scene.indexOf("writer");
        assertFalse(scene.hidden(writer), "the card is drawn");
        assertEquals(0, scene.folds().count(), "no roll-up is left");
        Rect card = scene.card(writer);
        Rect visible = editor.chart().viewport().visibleWorldRect();
        assertTrue(visible.contains(card.x(), card.y()) && visible.contains(card.maxX(), card.maxY()),
                "the card is on screen: " + card + " in " + visible);
        assertEquals(writer, scene.nodeAt(card.centerX(), card.centerY()), "and can be clicked");
    }
}
