package org.modesign.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.render.Rect;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.FoldMemory;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The outline beside the chart, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class OutlinePaneTest {

    private final Preferences folds = Preferences.userRoot().node("modesign-test-outline-" + System.nanoTime());
    private Stage stage;
    private DocumentModel document;
    private EditorContext context;
    private MainWindow window;

    /** CEO ← CMO ← Marketing ops, and team Martech CoE ∋ Data analyst, Writer (from phase 2); CEO ← CIO. */
    static Design design() {
        Scenario s = new Scenario("s", "Centralized", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "Chief executive officer", 300, 0),
                new Executive("cmo", Office.CMO, "Chief marketing officer", 200, 120),
                new Executive("cio", Office.IT, "Chief information officer", 600, 120),
                Role.of("ops", "Marketing ops", Archetype.MAESTRO, 400, 240).withFte(2)
                        .withRegion(org.modesign.model.Region.GLOBAL), // named "Global", as on its card
                new Team("coe", "Martech CoE", null, null, null, 0, 240),
                Role.of("analyst", "Data analyst", Archetype.MODELER, 0, 360).withTeam("coe"),
                Role.of("writer", "Writer", Archetype.MAKER, 200, 360).withTeam("coe").withFte(0.5)
                        .withPhases("p2", null)),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("cio", "ceo", LineStyle.SOLID),
                        new Line("ops", "cmo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID)));
        return new Design("Outline", "", Settings.DEFAULTS, List.of(), List.of(),
                List.of(new Phase("p1", "Phase 1", List.of()), new Phase("p2", "Phase 2", List.of())), List.of(s));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(design());
    }

    @AfterEach
    void forget() throws Exception {
        folds.removeNode();
    }

    private void open(Design design) {
        document = new DocumentModel(design, null);
        context = new EditorContext(document, new FakeDialogs());
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        window.chart().folds().useMemory(new FoldMemory(folds));
        stage.setScene(window.createScene(1200, 780));
        stage.show();
        window.focusChart();
    }

    private OutlinePane showOutline(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.outline().isShown(), "Ctrl+Shift+O shows the outline");
        return window.outline().outline();
    }

    private javafx.scene.Node row(FxRobot robot, String title) {
        Label label = robot.lookup(".outline-title").match(l -> title.equals(((Label) l).getText())
                && cellOf(l) instanceof OutlineCell cell && cell.isVisible() && !cell.isEmpty()).queryAs(Label.class);
        assertNotNull(label, "a row titled " + title);
        return label;
    }

    /** The cards of the rows shown (second entries marked with a leading "+"). */
    private static List<String> shownRows(OutlinePane pane) {
        List<String> rows = new ArrayList<>();
        collect(pane, pane.tree().getRoot(), rows);
        return rows;
    }

    private static void collect(OutlinePane pane, TreeItem<OutlineRow> item, List<String> rows) {
        for (TreeItem<OutlineRow> child : item.getChildren()) {
            OutlineRow row = child.getValue();
            rows.add((row.second() ? "+" : "") + ((OutlineItem) child).state().tree().id(row.card()));
            if (child.isExpanded()) {
                collect(pane, child, rows);
            }
        }
    }

    private String selectedInOutline(OutlinePane pane) {
        TreeItem<OutlineRow> item = pane.tree().getSelectionModel().getSelectedItem();
        return item == null ? null : ((OutlineItem) item).state().tree().id(item.getValue().card());
    }

    private Point2D cardOnScreen(String id) {
        var chart = window.chart();
        Rect card = chart.scene().card(chart.scene().indexOf(id));
        var v = chart.viewport();
        return chart.localToScreen(v.toScreenX(card.centerX()), v.toScreenY(card.centerY()));
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void withEveryBranchOpenTheOutlineHasARowPerCardAt10000Roles(FxRobot robot) {
        Design big = DesignGenerator.generate(new GeneratorSpec(10_000, 3, 3, 22, 1, 5));
        robot.interact(() -> open(big));
        OutlinePane pane = showOutline(robot);
        robot.interact(pane::expandAll);
        List<String> rows = shownRows(pane);
        Scenario scenario = big.scenarios().get(0);
        List<String> own = rows.stream().filter(r -> !r.startsWith("+")).toList();
        assertEquals(scenario.nodes().size(), own.size(), "one row of its own per card");
        Set<String> ids = new HashSet<>(own);
        assertEquals(scenario.nodes().size(), ids.size(), "no card twice");
        assertTrue(scenario.nodes().stream().map(Node::id).allMatch(ids::contains));
        assertEquals(rows.size(), pane.tree().getExpandedItemCount(), "the tree shows them all");
        // A window of the test run may outlive it: leave it holding a small design, not 10,000 roles.
        robot.interact(() -> document.open(design(), null));
    }

    @Test
    void aRowChosenInTheOutlineIsChosenOnTheChartAndACardChosenOnTheChartInTheOutline(FxRobot robot) {
        OutlinePane pane = showOutline(robot);
        robot.clickOn(row(robot, "Data analyst"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("analyst"), Set.copyOf(context.selection().nodes()));

        robot.interact(() -> window.chart().centerOn(List.of("cio")));
        robot.clickOn(cardOnScreen("cio"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("cio"), Set.copyOf(context.selection().nodes()));
        assertEquals("cio", selectedInOutline(pane));
    }

    @Test
    void aCardInAFoldedBranchIsUnfoldedWhenChosenInTheOutline(FxRobot robot) {
        OutlinePane pane = showOutline(robot);
        robot.interact(() -> window.chart().folds().collapse(List.of("coe")));
        assertTrue(window.chart().scene().hidden(window.chart().scene().indexOf("analyst")));
        robot.clickOn(row(robot, "Data analyst"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.chart().folds().isCollapsed("coe"), "the branch is opened");
        assertEquals(Set.of("analyst"), Set.copyOf(context.selection().nodes()));
        assertEquals("analyst", selectedInOutline(pane));
    }

    @Test
    void theFilterNarrowsTheTreeToTheMatchesAndTheirManagers(FxRobot robot) {
        OutlinePane pane = showOutline(robot);
        assertEquals(List.of("ceo", "cmo", "coe", "analyst", "writer", "ops", "cio"), shownRows(pane));
        robot.clickOn("#outline-filter").write("analyst");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("ceo", "cmo", "coe", "analyst"), shownRows(pane));
        robot.interact(() -> pane.filterField().setText("chief"));
        assertEquals(List.of("ceo", "cmo", "cio"), shownRows(pane));
        robot.interact(() -> pane.filterField().clear());
        assertEquals(7, shownRows(pane).size());
    }

    @Test
    void draggingARowOntoAnotherMovesItsCardThereInOneStepThatUndoes(FxRobot robot) {
        OutlinePane pane = showOutline(robot);
        robot.drag(row(robot, "Marketing ops"), MouseButton.PRIMARY).moveBy(0, 8)
                .moveTo(row(robot, "Chief information officer")).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.scenario().lines().contains(new Line("ops", "cio", LineStyle.SOLID)));
        assertFalse(document.scenario().lines().contains(new Line("ops", "cmo", LineStyle.SOLID)));
        assertEquals("Undo Move \"Marketing ops\" under \"Chief information officer\"",
                document.undoTextProperty().get().replace("_", ""));
        assertEquals(List.of("ceo", "cmo", "coe", "analyst", "writer", "cio", "ops"), shownRows(pane));

        robot.drag(row(robot, "Marketing ops"), MouseButton.PRIMARY).moveBy(0, 8)
                .moveTo(row(robot, "Martech CoE")).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("coe", ((Role) document.scenario().node("ops").orElseThrow()).team(), "a role joins a team");
        undo(robot);
        undo(robot);
        assertEquals(design().scenarios().get(0), document.scenario(), "two undos bring it back");
        assertEquals(List.of("ceo", "cmo", "coe", "analyst", "writer", "ops", "cio"), shownRows(pane));
    }

    @Test
    void f2RenamesAndDeleteDeletesEachUndoable(FxRobot robot) {
        showOutline(robot);
        robot.clickOn(row(robot, "Writer"));
        robot.press(KeyCode.F2).release(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Copywriter").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Copywriter", document.scenario().node("writer").orElseThrow().label());
        assertNotNull(row(robot, "Copywriter"));
        undo(robot);
        assertEquals("Writer", document.scenario().node("writer").orElseThrow().label());

        robot.clickOn(row(robot, "Writer"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("writer"), Set.copyOf(context.selection().nodes()));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.scenario().node("writer").isEmpty());
        assertEquals(6, shownRows(window.outline().outline()).size());
        undo(robot);
        assertTrue(document.scenario().node("writer").isPresent());
        assertEquals(7, shownRows(window.outline().outline()).size());
    }

    @Test
    void thePhaseBarGhostsTheRowsOfCardsNotInThePhaseAndRowsSpeakTheirWords(FxRobot robot) {
        showOutline(robot);
        robot.clickOn("#phase-p1");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node writer = row(robot, "Writer");
        assertTrue(cellOf(writer).getStyleClass().contains("outline-ghost"), "Writer starts in phase 2");
        assertFalse(cellOf(row(robot, "Data analyst")).getStyleClass().contains("outline-ghost"));
        String spoken = cellOf(row(robot, "Marketing ops")).getAccessibleText();
        assertTrue(spoken.startsWith("Marketing ops, Maestro, 2 FTE, Global, reports to Chief marketing officer"),
                spoken);
        String cmo = cellOf(row(robot, "Chief marketing officer")).getAccessibleText();
        assertTrue(cmo.contains("2 roles below, 3 FTE"), "Writer is not counted in phase 1: " + cmo);
        robot.clickOn("#phase-p2");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cellOf(row(robot, "Writer")).getStyleClass().contains("outline-ghost"));
        assertTrue(cellOf(row(robot, "Chief marketing officer")).getAccessibleText().contains("3 roles below, 3.5 FTE"));
    }

    private static javafx.scene.Node cellOf(javafx.scene.Node inside) {
        javafx.scene.Node n = inside;
        while (n != null && !(n instanceof OutlineCell)) {
            n = n.getParent();
        }
        return n;
    }
}
