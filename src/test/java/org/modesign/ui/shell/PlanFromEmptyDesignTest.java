package org.modesign.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.form.FormRobot.cell;
import static org.modesign.ui.form.FormRobot.pick;
import static org.modesign.ui.form.FormRobot.typeInCell;
import static org.modesign.ui.form.FormRobot.typeOver;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Role;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.render.Rect;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.file.FileController;
import org.modesign.ui.file.TestFiles;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan of "MO from chaos" built from File ▸ New in the editor alone, as a user builds it: the
 * charter (mission, a readiness answer, an objective) in its window, two phases with goals in the
 * Design window, a leader and a planned hire from the palette and the inspector, a tool added to
 * the catalogue, deployed from the stack view and given its owner by dropping its chip on the
 * leader's card. Every step is undone back to the new design and redone; then the design is
 * saved, a new one made, the file opened again, and every part is found again, in the views too.
 */
@ExtendWith(ApplicationExtension.class)
class PlanFromEmptyDesignTest {

    @TempDir
    static Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private EditorContext context;
    private FileController files;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = new EditorContext(new DocumentModel(org.modesign.stack.StackFixture.design(), null), dialogs);
        files = TestFiles.controller(context, dir.resolve("recovery"));
        window = new MainWindow(context, new InspectorView(context), files.recentMenu());
        stage.setScene(window.createScene(1200, 780));
        stage.show();
        window.focusChart();
    }

    private Design design() {
        return context.document().design();
    }

    private void run(FxRobot robot, EditorAction action) {
        robot.interact(() -> context.actions().run(action));
        waitForFxEvents();
    }

    private static void close(FxRobot robot, String title) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle()))
                .toList().forEach(Window::hide));
        waitForFxEvents();
    }

    private Point2D centreOfCard(String id) {
        var chart = window.chart();
        Rect card = chart.scene().card(chart.scene().indexOf(id));
        var v = chart.viewport();
        return chart.localToScreen(v.toScreenX(card.centerX()), v.toScreenY(card.centerY()));
    }

    private String lastRoleId() {
        List<org.modesign.model.Node> nodes = context.document().scenario().nodes();
        return nodes.get(nodes.size() - 1).id();
    }

    private Role role(String id) {
        return (Role) context.document().scenario().node(id).orElseThrow();
    }

    @Test
    void theWholePlanIsBuiltInTheEditorSavedAndFoundAgain(FxRobot robot) throws Exception {
        run(robot, EditorAction.NEW);
        Design empty = design();
        assertTrue(empty.tools().isEmpty() && empty.charter().mission().isEmpty());
        List<Design> steps = new ArrayList<>();
        steps.add(empty);

        // The charter, in its window.
        run(robot, EditorAction.EDIT_CHARTER);
        typeOver(robot, robot.lookup("#charter-mission").queryAs(TextArea.class),
                "One marketing operations function for Vantage");
        pick(robot, robot.lookup("#charter-answer-need").query(), "Yes");
        robot.clickOn("#charter-objective-add");
        robot.write("Complete the martech gap analysis", 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals("One marketing operations function for Vantage", design().charter().mission());
        assertEquals(ReadinessAnswer.YES, design().charter().readiness().stream()
                .filter(r -> r.test() == ReadinessTest.NEED).findFirst().orElseThrow().answer());
        assertEquals("Complete the martech gap analysis", design().charter().objectives().get(0).text());
        steps.add(design());
        close(robot, org.modesign.ui.i18n.I18n.tr("charter.title"));

        // Phases with goals, in the Design window.
        run(robot, EditorAction.EDIT_PHASES);
        typeInCell(robot, "#plan-phases", 0, 0, "Phase 0: today");
        typeInCell(robot, "#plan-phases", 0, 1, "See the chaos");
        robot.clickOn("#plan-phase-add");
        waitForFxEvents();
        typeInCell(robot, "#plan-phases", 1, 0, "Phase 1: charter");
        typeInCell(robot, "#plan-phases", 1, 1, "Put one owner over the stack");
        assertEquals(List.of("Phase 0: today", "Phase 1: charter"),
                design().phases().stream().map(org.modesign.model.Phase::name).toList());
        assertEquals(List.of("See the chaos", "Put one owner over the stack"),
                design().phases().stream().map(org.modesign.model.Phase::goal).toList());
        steps.add(design());

        // A tool in the catalogue, in the same window.
        run(robot, EditorAction.EDIT_TOOLS);
        robot.clickOn("#plan-tool-add");
        robot.write("Marketo Engage", 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals(1, design().tools().size());
        String tool = design().tools().get(0).id();
        assertEquals("Marketo Engage", design().tools().get(0).name());
        steps.add(design());
        close(robot, org.modesign.ui.i18n.I18n.tr("plan.title"));

        // A leader and a planned hire, from the palette and the inspector.
        robot.doubleClickOn("#palette-leader");
        waitForFxEvents();
        String leader = lastRoleId();
        typeOver(robot, robot.lookup("#inspector-title").queryAs(TextField.class), "Director of Marketing Operations");
        assertEquals("Director of Marketing Operations", role(leader).title());
        steps.add(design());
        robot.interact(() -> window.chart().centerOn(List.of(leader))); // in view, however wide the inspector
        waitForFxEvents();
        Point2D beside = centreOfCard(leader).add(0, 150);
        robot.drag("#palette-maestro", MouseButton.PRIMARY).moveTo(beside).release(MouseButton.PRIMARY);
        waitForFxEvents();
        String hire = lastRoleId();
        assertTrue(window.chart().scene().nodeAt(window.chart().scene().card(window.chart().scene().indexOf(leader))
                .centerX(), window.chart().scene().card(window.chart().scene().indexOf(leader)).centerY())
                == window.chart().scene().indexOf(leader), "the hire stands beside the leader, not over it");
        typeOver(robot, robot.lookup("#inspector-title").queryAs(TextField.class), "Marketing automation manager");
        pick(robot, robot.lookup("#inspector-staffing").query(), "Planned");
        assertEquals(Staffing.PLANNED, role(hire).staffing());
        steps.add(design());

        // The tool deployed from the stack view.
        run(robot, EditorAction.SHOW_STACK);
        @SuppressWarnings("unchecked")
        ComboBox<Object> tools = robot.lookup("#stack-add-tool").queryAs(ComboBox.class);
        robot.interact(() -> tools.setValue(tools.getItems().stream().filter(c -> c.toString().contains("Marketo"))
                .findFirst().orElseThrow()));
        robot.clickOn("#stack-deploy");
        waitForFxEvents();
        assertEquals(List.of(new StackEntry(tool, "global", null, null, null)), context.document().scenario().stack());
        steps.add(design());

        // Its owner: the chip dropped on the leader's card.
        run(robot, EditorAction.SHOW_CHART);
        robot.interact(() -> window.chart().centerOn(List.of(leader))); // in view, wherever the view was left
        waitForFxEvents();
        robot.drag("#palette-tool-" + tool + "-global", MouseButton.PRIMARY).moveTo(centreOfCard(leader))
                .release(MouseButton.PRIMARY);
        waitForFxEvents();
        assertEquals(leader, context.document().scenario().stack().get(0).owner());
        assertEquals(1, window.chart().scene().ownedTools(window.chart().scene().indexOf(leader)));
        steps.add(design());
        Design built = design();

        // Each step undone back to the new design, then redone.
        for (int k = steps.size() - 2; k >= 0; k--) {
            Design wanted = steps.get(k);
            for (int guard = 0; design() != wanted && guard < 20; guard++) {
                robot.interact(() -> context.document().undo());
            }
            assertSame(wanted, design(), "undo comes back to step " + k);
        }
        assertFalse(context.document().canUndoProperty().get(), "the new design has no step before it");
        for (int k = 1; k < steps.size(); k++) {
            for (int guard = 0; !design().equals(steps.get(k)) && guard < 20; guard++) {
                robot.interact(() -> context.document().redo());
            }
            assertEquals(steps.get(k), design(), "redo comes back to step " + k);
        }
        assertEquals(built, design());

        // Saved, a new design made, the file opened again: all of it is there.
        Path file = dir.resolve("mo-from-chaos.modesign");
        dialogs.filesToSave.add(Optional.of(file));
        run(robot, EditorAction.SAVE);
        built = design(); // an untitled design takes its file's name as it is first saved
        assertEquals("mo-from-chaos", built.title());
        assertEquals(built, new DesignReader().read(file).design(), "the file holds the whole plan");
        run(robot, EditorAction.NEW);
        assertTrue(design().tools().isEmpty());
        dialogs.filesToOpen.add(Optional.of(file));
        run(robot, EditorAction.OPEN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !files.busyProperty().get()
                && file.equals(context.document().fileProperty().get()));
        waitForFxEvents();
        Design reopened = design();
        assertEquals(built, reopened);
        assertEquals("One marketing operations function for Vantage", reopened.charter().mission());
        assertEquals("Put one owner over the stack", reopened.phases().get(1).goal());
        assertEquals(Staffing.PLANNED, role(hire).staffing());
        assertEquals(leader, context.document().scenario().stack().get(0).owner());

        // ... and read back in the views: the hire in the plan view, the owner in the stack view.
        run(robot, EditorAction.SHOW_PLAN);
        TableView<?> hires = robot.lookup("#plan-hiring-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hires.getItems().size() == 1);
        run(robot, EditorAction.SHOW_STACK);
        assertEquals(WorkspaceView.STACK, window.workspace().currentProperty().get());
        assertNotNull(robot.lookup("#stack-view").query());
        TableView<?> stack = robot.lookup("#stack-view .table-view").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stack.getItems().size() == 1);
        robot.interact(stack::layout);
        assertTrue(robot.from(stack).lookup(".table-cell").match((TableCell<?, ?> c) -> c.isVisible()
                && "Director of Marketing Operations".equals(c.getText())).tryQuery().isPresent(),
                "the stack's table names the owner");
    }
}
