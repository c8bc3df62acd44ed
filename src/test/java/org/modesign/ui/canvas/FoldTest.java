package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.analysis.TeamStrength;
import org.modesign.format.DesignWriter;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.modesign.render.RollUpFacts;
import org.modesign.render.SceneFolds;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Collapse and expand on the chart: roll-ups that count what the members count, kept per user, never in the file. */
@ExtendWith(ApplicationExtension.class)
class FoldTest {

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private EditorFixture editor;
    private final java.util.Map<MainWindow, DocumentModel> documents = new java.util.HashMap<>();
    private Stage stage;

    /** The fixture's CoE holds the analyst and three more members; one joins in phase 2, one grows to 3 FTE then. */
    static Design team() {
        Design d = PhaseViewTest.twoPhases();
        Scenario s = d.scenarios().get(0);
        List<Node> nodes = new ArrayList<>(s.nodes());
        nodes.add(Role.of("ops", "Marketing ops", Archetype.MAESTRO, 200, 360).withTeam("coe").withFte(2)
                .withFteChanges(List.of(new FteChange("p2", 3))));
        nodes.add(Role.of("writer", "Writer", Archetype.MAKER, 400, 360).withTeam("coe").withFte(0.5));
        nodes.add(Role.of("lead", "Team lead", Archetype.LEADER, 600, 360).withTeam("coe"));
        return d.withScenarios(List.of(s.withNodes(nodes)));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        editor = new EditorFixture(stage, team());
        editor.chart().folds().useMemory(new FoldMemory(node));
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void aCollapsedTeamsRollUpCountsWhatItsMembersCountInThePhaseShown(FxRobot robot) {
        robot.clickOn("#phase-p2");
        select(robot, "coe");
        robot.press(KeyCode.CONTROL, KeyCode.OPEN_BRACKET).release(KeyCode.OPEN_BRACKET, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.chart().folds().isCollapsed("coe"), "Ctrl+[ collapses the selected team");
        SceneFolds folds = editor.chart().scene().folds();
        assertEquals(1, folds.count());
        RollUpFacts facts = folds.facts(0);
        Design design = editor.document.design();
        ScenarioIndex index = ScenarioIndex.of(design, editor.scenario());
        TeamStrength strength = TeamStrength.of(index, design.phaseIndex("p2"));
        int team = index.indexOf("coe");
        assertEquals(strength.members(team), facts.roles());
        assertEquals(strength.fte(team), facts.fte(), 1e-9);
        assertEquals(4, facts.roles());
        assertEquals(1, facts.archetype(Archetype.MAESTRO));
        for (String member : List.of("analyst", "ops", "writer", "lead")) {
            ChartScene scene = editor.chart().scene();
            Rect card = scene.card(scene.indexOf(member));
            assertTrue(scene.hidden(scene.indexOf(member)), member + " is folded away");
            assertTrue(scene.nodeAt(card.centerX(), card.centerY()) != scene.indexOf(member), member + " cannot be hit");
        }

        robot.clickOn("#phase-p1");
        WaitForAsyncUtils.waitForFxEvents();
        RollUpFacts first = editor.chart().scene().folds().facts(0);
        TeamStrength inFirst = TeamStrength.of(index, design.phaseIndex("p1"));
        assertEquals(inFirst.members(team), first.roles(), "the roll-up follows the phase shown");
        assertEquals(inFirst.fte(team), first.fte(), 1e-9);
    }

    @Test
    void selectAllLeavesOutTheCardsFoldedAway(FxRobot robot) {
        robot.interact(() -> {
            editor.chart().folds().collapse(List.of("coe"));
            editor.chart().requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("ceo", "cmo", "coe"), Set.copyOf(editor.context.selection().nodes()),
                "a delete after Select All must not reach cards the user cannot see");
    }

    @Test
    void theChevronCollapsesAndTheRollUpExpands(FxRobot robot) {
        ChartScene scene = editor.chart().scene();
        assertTrue(scene.folds().foldable(scene.indexOf("coe")), "a team with members has a chevron");
        assertFalse(scene.folds().foldable(scene.indexOf("writer")), "a member without reports has none");
        Rect team = scene.card(scene.indexOf("coe"));
        robot.clickOn(editor.screen(team.maxX() - 18, team.maxY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.chart().folds().isCollapsed("coe"));
        Rect rollUp = editor.chart().scene().rollUpCard(0);
        robot.clickOn(editor.screen(rollUp.centerX(), rollUp.centerY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor.chart().folds().isCollapsed("coe"));
        assertFalse(editor.chart().scene().hidden(editor.chart().scene().indexOf("writer")));
    }

    @Test
    void foldsSurviveReopeningAndNeverChangeTheFile(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("team.modesign");
        new DesignWriter().save(team(), file);
        byte[] saved = Files.readAllBytes(file);
        MainWindow first = open(robot, file);
        robot.interact(() -> first.chart().folds().collapse(List.of("coe", "cmo")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("coe", "cmo"), first.chart().folds().collapsedIds());

        MainWindow second = open(robot, file);
        assertEquals(Set.of("coe", "cmo"), second.chart().folds().collapsedIds(), "the folds come back with the file");
        ChartScene scene = second.chart().scene();
        assertTrue(scene.hidden(scene.indexOf("analyst")));
        robot.interact(() -> second.chart().folds().expandAll());
        assertArrayEquals(saved, Files.readAllBytes(file), "folding wrote nothing to the file");
        assertFalse(documents.get(second).dirtyProperty().get(), "and left nothing to save");
        assertFalse(documents.get(second).canUndoProperty().get(), "nor anything to undo");
    }

    private MainWindow open(FxRobot robot, Path file) throws Exception {
        MainWindow[] window = new MainWindow[1];
        DocumentModel[] document = new DocumentModel[1];
        Design design = new org.modesign.format.DesignReader().read(file).design();
        robot.interact(() -> {
            document[0] = new DocumentModel(design, file);
            EditorContext context = new EditorContext(document[0],
                    new org.modesign.ui.file.FakeDialogs());
            window[0] = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
            window[0].chart().folds().useMemory(new FoldMemory(node));
            stage.setScene(window[0].createScene(1200, 800));
        });
        WaitForAsyncUtils.waitForFxEvents();
        documents.put(window[0], document[0]);
        return window[0];
    }

    private void select(FxRobot robot, String id) {
        Point2D centre = editor.centreOf(id);
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(id), Set.copyOf(editor.context.selection().nodes()));
    }
}
