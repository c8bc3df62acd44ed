package org.modesign.ui.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.form.FormRobot.cell;
import static org.modesign.ui.form.FormRobot.pick;
import static org.modesign.ui.form.FormRobot.typeInCell;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
import org.modesign.model.Phase;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.form.FormRobot;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.file.FileController;
import org.modesign.ui.file.TestFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Design ▸ Charter…: the mission, the readiness tests, objectives and obstacles filled in by hand,
 * each an undoable step, and found again after the editor saves the design and opens it again.
 */
@ExtendWith(ApplicationExtension.class)
class CharterWindowTest {

    private static final String OBJECTIVES = "#charter-objectives";
    private static final String OBSTACLES = "#charter-obstacles";

    @TempDir
    static Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private EditorContext context;
    private FileController files;
    private CharterWindow window;

    @Start
    void start(Stage stage) {
        context = new EditorContext(new DocumentModel(design(), null), dialogs);
        files = TestFiles.controller(context, dir.resolve("recovery"));
        window = new CharterWindow(context, () -> stage);
        window.register();
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
        context.actions().run(EditorAction.EDIT_CHARTER);
    }

    /** Capabilities data; phases p1 "Foundation", p2 "Scale"; one empty scenario; no charter. */
    private static Design design() {
        return new Design("Acme", "", Settings.DEFAULTS, List.of(),
                List.of(new Capability("data", "Keep data clean", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER)),
                List.of(new Phase("p1", "Foundation", List.of()), new Phase("p2", "Scale", List.of())),
                List.of(new Scenario("s", "Only", Strategy.CENTRALIZED, List.of(), List.of())));
    }

    private Charter charter() {
        return context.document().design().charter();
    }

    private String undoText() {
        return context.document().undoTextProperty().get();
    }

    private void undo(FxRobot robot) {
        robot.interact(() -> context.document().undo());
        waitForFxEvents();
    }

    private void redo(FxRobot robot) {
        robot.interact(() -> context.document().redo());
        waitForFxEvents();
    }

    private static TextArea area(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextArea.class);
    }

    /** Clicks into the field {@code id}, types {@code text} over what it holds and presses Enter. */
    private static void fill(FxRobot robot, String id, String text) {
        FormRobot.typeOver(robot, area(robot, id), text);
    }

    @Test
    void theMissionCommitsOnEnterAndEscapePutsTheDesignsTextBack(FxRobot robot) {
        fill(robot, "#charter-mission", "Make every marketing dollar measurable");
        assertEquals("Make every marketing dollar measurable", charter().mission());
        assertEquals("_Undo Set mission", undoText());
        robot.clickOn(area(robot, "#charter-mission"));
        robot.write(" today", 0);
        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertEquals("Make every marketing dollar measurable", area(robot, "#charter-mission").getText());
        assertEquals("Make every marketing dollar measurable", charter().mission());
        undo(robot);
        assertEquals("", charter().mission());
        assertEquals("", area(robot, "#charter-mission").getText(), "the field follows undo");
        redo(robot);
        assertEquals("Make every marketing dollar measurable", area(robot, "#charter-mission").getText());
    }

    @Test
    void aReadinessTestIsAnsweredThenNoted_andANoteWaitsForItsAnswer(FxRobot robot) {
        assertTrue(area(robot, "#charter-note-need").isDisabled(), "no note before an answer");
        pick(robot, robot.lookup("#charter-answer-need").query(), "Partly");
        assertEquals(List.of(new Readiness(ReadinessTest.NEED, ReadinessAnswer.PARTLY)), charter().readiness());
        assertEquals("_Undo Answer readiness test", undoText());
        fill(robot, "#charter-note-need", "Board asked for one customer view");
        assertEquals("Board asked for one customer view", charter().readiness().get(0).note());
        assertEquals("_Undo Set readiness note", undoText());
        pick(robot, robot.lookup("#charter-answer-need").query(), "Yes");
        assertEquals(new Readiness(ReadinessTest.NEED, ReadinessAnswer.YES, "Board asked for one customer view"),
                charter().readiness().get(0), "a new answer keeps the note");
        pick(robot, robot.lookup("#charter-answer-revenue").query(), "No");
        assertEquals(List.of(ReadinessTest.NEED, ReadinessTest.REVENUE),
                charter().readiness().stream().map(Readiness::test).toList());

        undo(robot);
        undo(robot);
        assertEquals(ReadinessAnswer.PARTLY, charter().readiness().get(0).answer());
        assertEquals(ReadinessPane.Choice.PARTLY, robot.lookup("#charter-answer-need").queryAs(ComboBox.class).getValue(),
                "the drop-down follows undo");
        redo(robot);
        pick(robot, robot.lookup("#charter-answer-need").query(), "Not answered");
        assertEquals(List.of(), charter().readiness());
        assertEquals("_Undo Clear readiness answer", undoText());
        assertEquals("", area(robot, "#charter-note-need").getText());
    }

    @Test
    void objectivesAreAddedInThePhaseShownAndEditedInPlace(FxRobot robot) {
        robot.interact(() -> context.document().phaseIdProperty().set("p2"));
        robot.clickOn("#charter-objective-add");
        awaitEditor(robot);
        robot.write("Attribute revenue to campaigns", 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        Objective added = charter().objectives().get(0);
        assertEquals("Attribute revenue to campaigns", added.text());
        assertEquals("p2", added.phase(), "the phase shown in the phase bar");
        assertEquals("_Undo Change objective", undoText());

        typeInCell(robot, OBJECTIVES, 0, 1, "pipeline share with a campaign source");
        assertEquals("_Undo Set objective measure", undoText());
        typeInCell(robot, OBJECTIVES, 0, 2, "80 %");
        assertEquals("_Undo Set objective target", undoText());
        pick(robot, cell(robot, OBJECTIVES, 0, 3).getGraphic(), "Foundation");
        assertEquals("_Undo Set objective phase", undoText());
        assertEquals(new Objective(added.id(), "Attribute revenue to campaigns", "pipeline share with a campaign source",
                "80 %", "p1"), charter().objectives().get(0));
        pick(robot, cell(robot, OBJECTIVES, 0, 3).getGraphic(), "No phase");
        assertNull(charter().objectives().get(0).phase());

        Design before = context.document().design();
        typeInCell(robot, OBJECTIVES, 0, 0, " ");
        assertSame(before, context.document().design());
        Label message = robot.lookup("#charter-objectives-message").queryAs(Label.class);
        assertEquals("A name cannot be empty.", message.getText(), "refused with the reason under the list");

        robot.clickOn("#charter-objective-add");
        awaitEditor(robot);
        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertEquals(2, charter().objectives().size());
        robot.clickOn("#charter-objective-up");
        assertEquals(List.of("new-objective-2", "new-objective"), charter().objectives().stream().map(Objective::id).toList());
        assertEquals("_Undo Move objective", undoText());
        robot.clickOn("#charter-objective-remove");
        assertEquals(List.of(added.id()), charter().objectives().stream().map(Objective::id).toList());
        assertEquals("_Undo Remove objective", undoText());
        undo(robot);
        assertEquals(2, charter().objectives().size());
        redo(robot);
        assertEquals(1, charter().objectives().size());
    }

    @Test
    void obstaclesTakeAKindAndAChangeStrategy(FxRobot robot) {
        robot.clickOn("#charter-obstacle-add");
        awaitEditor(robot);
        robot.write("Three ways of handling leads", 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        Obstacle added = charter().obstacles().get(0);
        assertEquals(ObstacleKind.STAKEHOLDER, added.kind());
        pick(robot, cell(robot, OBSTACLES, 0, 0).getGraphic(), "Process");
        assertEquals("_Undo Set obstacle kind", undoText());
        typeInCell(robot, OBSTACLES, 0, 2, "Redesign lead management once, with the campaign leads");
        assertEquals("_Undo Set obstacle strategy", undoText());
        assertEquals(new Obstacle(added.id(), ObstacleKind.PROCESS, "Three ways of handling leads",
                "Redesign lead management once, with the campaign leads"), charter().obstacles().get(0));
        undo(robot);
        assertEquals("", charter().obstacles().get(0).strategy());
        undo(robot);
        assertEquals(ObstacleKind.STAKEHOLDER, charter().obstacles().get(0).kind());
        redo(robot);
        redo(robot);
        assertEquals(ObstacleKind.PROCESS, charter().obstacles().get(0).kind());
        robot.clickOn("#charter-obstacle-remove");
        assertEquals(List.of(), charter().obstacles());
        undo(robot);
        assertEquals(1, charter().obstacles().size());
    }

    @Test
    void aCharterFilledInIsFoundAgainAfterSaveAndReopen(FxRobot robot) throws Exception {
        fill(robot, "#charter-mission", "One MO function");
        pick(robot, robot.lookup("#charter-answer-technology").query(), "Yes");
        fill(robot, "#charter-note-technology", "Two martech purchases in 2 years");
        robot.clickOn("#charter-objective-add");
        awaitEditor(robot);
        robot.write("Attribute revenue", 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        typeInCell(robot, OBJECTIVES, 0, 2, "80 %");
        robot.clickOn("#charter-obstacle-add");
        awaitEditor(robot);
        robot.write("CRM and automation not integrated", 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        pick(robot, cell(robot, OBSTACLES, 0, 0).getGraphic(), "Technology");
        typeInCell(robot, OBSTACLES, 0, 2, "Integration team in phase 1");
        Charter filled = charter();
        assertEquals(new Charter("One MO function",
                List.of(new Readiness(ReadinessTest.TECHNOLOGY, ReadinessAnswer.YES, "Two martech purchases in 2 years")),
                List.of(new Objective("new-objective", "Attribute revenue", "", "80 %", null)),
                List.of(new Obstacle("new-obstacle", ObstacleKind.TECHNOLOGY,
                        "CRM and automation not integrated", "Integration team in phase 1"))), filled);

        Path file = dir.resolve("charter.modesign");
        dialogs.filesToSave.add(Optional.of(file));
        robot.interact(() -> { files.save(); });
        assertEquals(filled, new DesignReader().read(file).design().charter(), "the file holds it");
        robot.interact(() -> files.newDesign());
        assertEquals(Charter.EMPTY, charter());
        assertEquals("", area(robot, "#charter-mission").getText());

        dialogs.filesToOpen.add(Optional.of(file));
        robot.interact(() -> files.open());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !files.busyProperty().get()
                && file.equals(context.document().fileProperty().get()));
        waitForFxEvents();
        assertEquals(filled, charter());
        assertEquals("One MO function", area(robot, "#charter-mission").getText(), "the window shows it again");
        assertEquals("Two martech purchases in 2 years", area(robot, "#charter-note-technology").getText());
        assertEquals("Attribute revenue", cell(robot, OBJECTIVES, 0, 0).getItem());
        assertEquals("Integration team in phase 1", cell(robot, OBSTACLES, 0, 2).getItem());
        assertFalse(context.document().dirtyProperty().get());
    }

    /** Waits until the row just added is being edited (its text field has the focus), so that no key typed is lost. */
    private static void awaitEditor(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream().anyMatch(w -> w.getScene() != null
                    && w.getScene().getFocusOwner() instanceof javafx.scene.control.TextField field
                    && field.isEditable() && field.getParent() instanceof javafx.scene.control.TableCell<?, ?>));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the new row was not edited", e);
        }
    }
}
