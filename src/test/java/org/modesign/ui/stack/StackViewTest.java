package org.modesign.ui.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.StackEntry;
import org.modesign.render.Rect;
import org.modesign.render.StackChip;
import org.modesign.stack.StackFixture;
import org.modesign.stack.StackLandscape;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stack view driven as a user would: open it with Ctrl+4, deploy a tool, give it an owner and
 * see the tool-without-owner mark go, follow the phases, choose chips and rows, remove with
 * Delete, undo and redo.
 */
@ExtendWith(ApplicationExtension.class)
class StackViewTest {

    private final DocumentModel document = new DocumentModel(StackFixture.design(), null);
    private final EditorContext context = new EditorContext(document, new FakeDialogs());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(context, new InspectorView(context), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 760));
        stage.show();
        window.focusChart();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StackView open(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT4);
        assertEquals(WorkspaceView.STACK, window.workspace().currentProperty().get());
        StackView view = (StackView) window.workspace().madeView(WorkspaceView.STACK);
        robot.interact(view::paint);
        return view;
    }

    private void phase(FxRobot robot, StackView view, String id) {
        robot.interact(() -> document.phaseIdProperty().set(id));
        robot.interact(view::paint);
    }

    /** The chip of {@code tool} in {@code region} as the view shows it now, or null. */
    private static StackChip chip(FxRobot robot, StackView view, String tool, String region) {
        StackChip[] found = new StackChip[1];
        robot.interact(() -> {
            StackLandscape landscape = view.landscape();
            found[0] = landscape.chips().stream().filter(c -> tool.equals(c.isGap() ? c.capability() : c.tool())
                    && c.region().equals(region)).findFirst().orElse(null);
        });
        return found[0];
    }

    /** Waits until the chip of {@code tool} in {@code region} (null when there is none) passes {@code test}: the analysis runs in the background. */
    private static void await(FxRobot robot, StackView view, String tool, String region, Predicate<StackChip> test)
            throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> test.test(chip(robot, view, tool, region)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(tool + "@" + region + " is " + chip(robot, view, tool, region), e);
        }
    }

    private static Point2D screenPoint(FxRobot robot, StackView view, String tool, String region) {
        Point2D[] point = new Point2D[1];
        robot.interact(() -> {
            StackCanvas canvas = view.canvas();
            int i = canvas.scene().indexOf(tool, region);
            canvas.reveal(i);
            Rect chip = canvas.scene().chipRect(i);
            point[0] = canvas.canvas().localToScreen((chip.centerX() - canvas.originX()) * canvas.scale(),
                    (chip.centerY() - canvas.originY()) * canvas.scale());
        });
        return point[0];
    }

    private StackEntry entry(String tool, String region) {
        return document.scenario().stack().stream().filter(e -> e.tool().equals(tool) && e.region().equals(region))
                .findFirst().orElse(null);
    }

    @Test
    void ctrl4ShowsEveryDeploymentOfThePhaseAsAChipAndARow(FxRobot robot) throws Exception {
        StackView view = open(robot);
        await(robot, view, "web", "emea", c -> c != null && c.isGap());
        assertEquals(5, view.table().table().getItems().size(), "over all phases, every deployment");
        assertEquals(6, view.canvas().scene().chipCount(), "and the gap of websites in EMEA");
        phase(robot, view, "p1");
        assertEquals(4, view.table().table().getItems().size());
        assertNull(chip(robot, view, "hubspot", "global"), "HubSpot runs from phase 2");
        assertNotNull(chip(robot, view, "onetrust", "emea"));
        phase(robot, view, "p2");
        await(robot, view, "hubspot", "global", c -> c != null && c.has(StackChip.NO_OWNER));
        assertNull(chip(robot, view, "onetrust", "emea"), "OneTrust ends after phase 1");
        assertTrue(chip(robot, view, "marketo", "global").has(StackChip.DUPLICATE));
        assertTrue(chip(robot, view, "cms", "amer").has(StackChip.OWNER_INACTIVE));
    }

    @Test
    void aToolDeployedHasNoOwnerUntilOneIsChosenAndUndoRedoFollow(FxRobot robot) throws Exception {
        StackView view = open(robot);
        phase(robot, view, "p2");
        robot.interact(() -> {
            DeployBar bar = view.bar();
            bar.tools().setValue(Choices.find(bar.tools().getItems(), "cms"));
            bar.regions().setValue(Choices.find(bar.regions().getItems(), "emea"));
        });
        robot.clickOn("#stack-deploy");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new StackEntry("cms", "emea", null, "p2", null), entry("cms", "emea"),
                "deployed from the phase shown, with no owner yet");
        await(robot, view, "cms", "emea", c -> c != null && c.has(StackChip.NO_OWNER));
        await(robot, view, "web", "emea", c -> c == null);
        assertArrayEquals(new String[] {"cms", "emea"}, view.chosen(), "the new deployment is chosen");
        assertEquals("cms", view.table().table().getSelectionModel().getSelectedItem().tool());

        robot.interact(() -> {
            DeploymentEditor editor = view.editor();
            editor.owner().setValue(Choices.find(editor.owner().getItems(), "analyst"));
        });
        assertEquals("analyst", entry("cms", "emea").owner());
        await(robot, view, "cms", "emea", c -> c != null && c.marks() == 0 && c.detail().equals("Data analyst"));

        shortcut(robot, KeyCode.Z);
        assertNull(entry("cms", "emea").owner(), "undo takes the owner back");
        await(robot, view, "cms", "emea", c -> c != null && c.has(StackChip.NO_OWNER));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("analyst", entry("cms", "emea").owner(), "redo gives it again");
        await(robot, view, "cms", "emea", c -> c != null && c.marks() == 0);
        shortcut(robot, KeyCode.Z);
        shortcut(robot, KeyCode.Z);
        assertNull(entry("cms", "emea"), "undo takes the deployment back");
        await(robot, view, "web", "emea", c -> c != null && c.isGap());
    }

    @Test
    void chipsFollowTheirSpansWhenTheSpanOrThePhaseChanges(FxRobot robot) throws Exception {
        StackView view = open(robot);
        phase(robot, view, "p1");
        robot.clickOn(screenPoint(robot, view, "onetrust", "emea"));
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(new String[] {"onetrust", "emea"}, view.chosen());
        assertEquals("onetrust", view.table().table().getSelectionModel().getSelectedItem().tool(),
                "the chip's row is chosen too");
        robot.interact(() -> view.editor().until().setValue(Choices.find(view.editor().until().getItems(), "p2")));
        assertEquals(new StackEntry("onetrust", "emea", "cmo", null, null), entry("onetrust", "emea"),
                "until the last phase is the default");
        phase(robot, view, "p2");
        assertNotNull(chip(robot, view, "onetrust", "emea"), "it runs in phase 2 now");
        robot.interact(() -> view.editor().from().setValue(Choices.find(view.editor().from().getItems(), "p2")));
        phase(robot, view, "p1");
        assertNull(chip(robot, view, "onetrust", "emea"), "and no longer in phase 1");
        assertEquals(3, view.table().table().getItems().size(), "Marketo, the CMS and Segment run in phase 1");
    }

    @Test
    void aRowChoosesItsChipAndDeleteRemovesItUntilUndo(FxRobot robot) {
        StackView view = open(robot);
        robot.interact(() -> view.table().table().getSelectionModel().select(view.table().table().getItems()
                .stream().filter(r -> r.is("segment", "global")).findFirst().orElseThrow()));
        robot.interact(view::paint);
        assertArrayEquals(new String[] {"segment", "global"}, view.chosen());
        assertEquals(view.canvas().scene().indexOf("segment", "global"), view.canvas().selected());
        robot.interact(() -> view.table().table().requestFocus());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(entry("segment", "global"), "Delete removes the deployment chosen");
        assertTrue(document.scenario().node("analyst").isPresent(), "and no card");
        shortcut(robot, KeyCode.Z);
        assertNotNull(entry("segment", "global"));
        robot.interact(view::paint);
        assertEquals(5, view.table().table().getItems().size());
    }

    @Test
    void deleteWithNothingChosenDeletesNoCardOfTheChart(FxRobot robot) {
        robot.interact(() -> context.selection().selectNodes(List.of("analyst")));
        StackView view = open(robot);
        robot.clickOn(robot.point(view.canvas().canvas()).atPosition(javafx.geometry.Pos.BOTTOM_RIGHT)
                .atOffset(new Point2D(-30, -30)));
        robot.type(KeyCode.ESCAPE, KeyCode.DELETE, KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.scenario().node("analyst").isPresent());
        assertFalse(document.canUndoProperty().get(), "nothing changed");
    }

    @Test
    void theFilterNarrowsTheTable(FxRobot robot) {
        StackView view = open(robot);
        robot.clickOn("#stack-filter").write("analyst");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("segment"), view.table().table().getItems().stream().map(StackRow::tool).toList(),
                "the deployment its owner's title names");
    }
}
