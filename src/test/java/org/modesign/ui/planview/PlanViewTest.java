package org.modesign.ui.planview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.edit.SetStaffing;
import org.modesign.model.Staffing;
import org.modesign.plan.HiringPlan;
import org.modesign.ui.analysis.PlanFigures;
import org.modesign.ui.base.FileType;
import org.modesign.ui.planview.PlanRow.Group;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The plan view as a user meets it on "MO from chaos": Ctrl+5, read, edit, undo, click, export. */
@ExtendWith(ApplicationExtension.class)
class PlanViewTest {

    private PlanFixture editor;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        editor = new PlanFixture(stage);
    }

    private PlanFigures open(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkspaceView.PLAN, editor.window.workspace().currentProperty().get());
        return editor.awaitCurrent();
    }

    @Test
    void ctrl5ShowsThePlanPhaseByPhaseWithHiresToolsAndTheBudget(FxRobot robot) throws Exception {
        open(robot);
        List<String> phases = editor.list(robot).getItems().stream().filter(r -> r instanceof PlanRow.PhaseHeading)
                .map(r -> ((PlanRow.PhaseHeading) r).name()).toList();
        assertEquals(List.of("Phase 0: today", "Phase 1: charter", "Phase 2: consolidate", "Phase 3: strategic MO"),
                phases);
        assertEquals(List.of("Head of demand generation"), editor.entries(robot, "p1", Group.HIRES));
        assertEquals(List.of("Martech enablement specialist", "IT integration partner", "Marketing data analyst",
                "Marketing technologist"), editor.entries(robot, "p2", Group.HIRES), "titles, not ids");
        assertEquals(List.of("Mailchimp Standard"), editor.entries(robot, "p1", Group.TOOLS_RETIRED));
        assertEquals(List.of("Marketo Engage (one instance for every unit)", "Adobe Workfront"),
                editor.entries(robot, "p2", Group.TOOLS_DEPLOYED));
        assertEquals(3, editor.entries(robot, "p1", Group.ROLES_ENDED).size());
        PlanRow.Entry marketo = (PlanRow.Entry) editor.list(robot).getItems().stream()
                .filter(r -> r instanceof PlanRow.Entry e && e.text().startsWith("Marketo Engage (one")).findFirst()
                .orElseThrow();
        assertEquals("Advertising & promotion \u00b7 owner: Marketing automation manager \u00b7 92,000 USD a year",
                marketo.detail());
        assertEquals(List.of("ma-mgr"), marketo.cards(), "a tool stands for its owner's card");
        assertTrue(editor.list(robot).getItems().contains(new PlanRow.Findings("p1", 2, 13)));
        assertEquals("Goal: Agree the charter and put one owner over the stack, the martech budget and purchases",
                goalOf(robot, "p1"));
        assertEquals("4", PlanFixture.text(robot, "plan-budget-p2-hires"));
        assertEquals("1,405,000", PlanFixture.text(robot, "plan-budget-p2-peopleCost"));
        assertEquals("179,600", PlanFixture.text(robot, "plan-budget-p2-toolCost"));
        assertEquals("11.3%", PlanFixture.text(robot, "plan-budget-p2-martechShare"));
        assertEquals("5.3", PlanFixture.text(robot, "plan-budget-p3-openFte"));
        assertEquals(7, hiringTable(robot).getItems().size());
    }

    private String goalOf(FxRobot robot, String phase) {
        PlanRow.PhaseHeading heading = editor.list(robot).getItems().stream().filter(r -> r instanceof PlanRow.PhaseHeading h && h.phase().equals(phase))
                .map(r -> (PlanRow.PhaseHeading) r).findFirst().orElseThrow();
        return "Goal: " + heading.goal();
    }

    @SuppressWarnings("unchecked")
    private static TableView<HiringPlan.Hire> hiringTable(FxRobot robot) {
        return robot.lookup("#plan-hiring-table").queryAs(TableView.class);
    }

    @Test
    void aRoleMarkedPlannedIsAHireInThePlanAndTheBudgetAndUndoRedoFollow(FxRobot robot) throws Exception {
        open(robot);
        assertEquals("1", PlanFixture.text(robot, "plan-budget-p1-hires"));
        robot.interact(() -> assertTrue(editor.context.edit(new SetStaffing("plan", "mo-dir", Staffing.PLANNED))));
        editor.awaitCurrent();
        assertEquals(List.of("Head of demand generation", "Director of Marketing Operations"),
                editor.entries(robot, "p1", Group.HIRES));
        assertEquals("2", PlanFixture.text(robot, "plan-budget-p1-hires"), "the budget counts the hire");
        assertEquals("2", PlanFixture.text(robot, "plan-budget-p1-openFte"));
        assertEquals(8, hiringTable(robot).getItems().size());
        assertTrue(hiringTable(robot).getItems().stream().anyMatch(h -> h.role().equals("mo-dir")
                && h.staffing() == Staffing.PLANNED && h.phase().equals("p1") && h.cost() == 185_000),
                "its own yearly cost");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        editor.awaitCurrent();
        assertEquals(List.of("Head of demand generation"), editor.entries(robot, "p1", Group.HIRES));
        assertEquals("1", PlanFixture.text(robot, "plan-budget-p1-hires"));
        assertEquals(7, hiringTable(robot).getItems().size());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        editor.awaitCurrent();
        assertEquals("2", PlanFixture.text(robot, "plan-budget-p1-hires"));
        assertEquals(2, editor.entries(robot, "p1", Group.HIRES).size());
    }

    @Test
    void clickingAnEntrySelectsItsCardsAndADoubleClickShowsThemInTheChart(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn(cell(robot, "Marketo power user"));
        assertEquals(Set.of("ia-power"), Set.copyOf(editor.context.selection().nodes()));
        assertEquals(WorkspaceView.PLAN, editor.window.workspace().currentProperty().get(), "a click stays here");

        robot.clickOn(cell(robot, "Roles added (9)"));
        assertEquals(9, editor.context.selection().nodes().size(), "a group's heading selects all its cards");

        robot.doubleClickOn(cell(robot, "Salesforce developers"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("crm-dev"), Set.copyOf(editor.context.selection().nodes()));
        assertEquals(WorkspaceView.CHART, editor.window.workspace().currentProperty().get());
    }

    @Test
    void aRowOfTheHiringPlanSelectsItsRoleAndAnEditKeepsIt(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn(robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> "Head of demand generation".equals(((javafx.scene.control.TableCell<?, ?>) n).getText()))
                .findFirst().orElseThrow());
        assertEquals(Set.of("dg-head"), Set.copyOf(editor.context.selection().nodes()));
        robot.interact(() -> assertTrue(editor.context.edit(new SetStaffing("plan", "mo-dir", Staffing.PLANNED))));
        editor.awaitCurrent();
        assertEquals(Set.of("dg-head"), Set.copyOf(editor.context.selection().nodes()), "the edit chose no other row");
        assertEquals("dg-head", hiringTable(robot).getSelectionModel().getSelectedItem().role());
    }

    @Test
    void thePhaseOfTheViewsIsHighlightedAndAClickOnAPhaseChoosesIt(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> editor.document.phaseIdProperty().set("p2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#plan-budget-p2-hires").query().getStyleClass().contains(PlanList.CURRENT));
        assertFalse(robot.lookup("#plan-budget-p1-hires").query().getStyleClass().contains(PlanList.CURRENT));
        List<PlanRow> current = robot.lookup(".list-cell." + PlanList.CURRENT).queryAll().stream()
                .map(n -> ((ListCell<?>) n).getItem()).filter(PlanRow.class::isInstance).map(PlanRow.class::cast)
                .toList();
        assertFalse(current.isEmpty());
        assertTrue(current.stream().allMatch(r -> r.phase().equals("p2")), current.toString());
        assertTrue(current.contains(new PlanRow.PhaseHeading("p2", "Phase 2: consolidate",
                editor.document.design().phase("p2").orElseThrow().goal())), "the list scrolled to the phase");

        robot.clickOn(cell(robot, "Phase 2: consolidate"));
        robot.interact(() -> editor.document.phaseIdProperty().set(null));
        robot.clickOn("#plan-budget-p3");
        assertEquals("p3", editor.document.phaseIdProperty().get());
    }

    @Test
    void theHiringTableExportsAsCsvWithTheSameRows(FxRobot robot) throws Exception {
        open(robot);
        editor.dialogs.filesToSave.add(Optional.of(dir.resolve("hires")));
        robot.clickOn("#plan-hiring-export");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.status.get().contains("hires.csv"));
        assertEquals(List.of(FileType.CSV), editor.dialogs.fileTypes);
        byte[] bytes = Files.readAllBytes(dir.resolve("hires.csv"));
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("phase,role,title,team,region,staffing,fte,cost", lines.get(0));
        assertEquals(hiringTable(robot).getItems().size() + 1, lines.size());
        assertEquals("p1,dg-head,Head of demand generation,Corporate marketing,global,open,1,165000", lines.get(1));
        assertTrue(lines.contains("p3,privacy,Privacy counsel (from legal),Marketing operations,global,planned,0.3,66000"),
                String.join("\n", lines));
    }

    @Test
    void aHiddenPlanCatchesUpWhenShownAgain(FxRobot robot) throws Exception {
        PlanFigures before = open(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.interact(() -> editor.context.edit(new SetStaffing("plan", "mo-dir", Staffing.OPEN)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.context.analysis().resultProperty().get()
                .design() == editor.document.design());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, editor.view().figuresProperty().get(), "no plan is worked out while hidden");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        editor.awaitCurrent();
        assertEquals(2, editor.entries(robot, "p1", Group.HIRES).size());
    }

    /** The visible cell whose row reads {@code text} (a heading's name, an entry's or a group's text). */
    private Node cell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").queryAll().stream().filter(n -> {
            Object item = ((ListCell<?>) n).getItem();
            return item instanceof PlanRow row && !((ListCell<?>) n).isEmpty() && n.isVisible() && text.equals(text(row));
        }).findFirst().orElseThrow(() -> new AssertionError("no cell reads " + text));
    }

    private static String text(PlanRow row) {
        if (row instanceof PlanRow.Entry e) {
            return e.text();
        }
        if (row instanceof PlanRow.PhaseHeading h) {
            return h.name();
        }
        if (row instanceof PlanRow.GroupHeading g) {
            return org.modesign.ui.i18n.I18n.tr(g.group().key(), g.count());
        }
        return "";
    }
}
