package org.modesign.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.analysis.SideBySide;
import org.modesign.edit.DeleteNodes;
import org.modesign.edit.DeleteScenario;
import org.modesign.edit.DuplicateScenario;
import org.modesign.format.DesignWriter;
import org.modesign.model.Design;
import org.modesign.ui.base.FileType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Comparing with a scenario of another file, and what the pickers do when the design changes. */
@ExtendWith(ApplicationExtension.class)
class OtherFileTest {

    private CompareFixture editor;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        editor = new CompareFixture(stage);
    }

    private SideBySide openCompare(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        return editor.awaitComparison(s -> true);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ScenarioChoice> picker(FxRobot robot, String side) {
        return robot.lookup("#compare-scenario-" + side).queryAs(ComboBox.class);
    }

    @Test
    void aDesignWithOneScenarioComparesItWithItselfAndAnotherFilesScenarioCanBePicked(FxRobot robot)
            throws Exception {
        SideBySide alone = openCompare(robot);
        assertSame(alone.a().scenario(), alone.b().scenario(), "one scenario: A and B are the same");
        assertTrue(alone.comparison().delta().isEmpty());

        Design other = CompareFixture.design();
        other = new DeleteNodes("central", Set.of("marketer")).apply(other);
        Path file = dir.resolve("other.modesign");
        new DesignWriter().save(other, file);
        editor.dialogs.filesToOpen.add(Optional.of(file));
        robot.interact(() -> picker(robot, "b").setValue(ScenarioChoice.OTHER_FILE));
        SideBySide s = editor.awaitComparison(c -> c.b().scenario().nodes().size() == 4);
        assertEquals(List.of(FileType.DESIGN), editor.dialogs.fileTypes);
        assertEquals("Centralized (other.modesign)", picker(robot, "b").getValue().label());
        assertEquals("Centralized (other.modesign)", picker(robot, "a").getItems().get(1).label(),
                "both pickers offer the other file's scenarios");
        assertEquals(List.of("Campaign manager"), s.comparison().onlyInA());
        assertEquals("\u22121", CompareFixture.text(robot, "compare-delta-roles"));
        assertTrue(robot.lookup("#compare-report").queryAs(VBox.class).lookupAll(".label").stream()
                .anyMatch(n -> ((Label) n).getText().equals(
                        "A from Compare fixture; B from Compare fixture (other.modesign)")),
                "the heading says where each side comes from");
    }

    @Test
    void aFileThatCannotBeReadShowsItsProblemsAndKeepsThePick(FxRobot robot) throws Exception {
        SideBySide before = openCompare(robot);
        Path bad = dir.resolve("bad.modesign");
        Files.writeString(bad, "{ \"format\": \"modesign\"");
        editor.dialogs.filesToOpen.add(Optional.of(bad));
        robot.interact(() -> picker(robot, "a").setValue(ScenarioChoice.OTHER_FILE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor.dialogs.problems.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bad, editor.dialogs.problems.get(0).file());
        assertEquals(ScenarioChoice.open(editor.document.scenario()), picker(robot, "a").getValue(),
                "the pick stays on the open design's scenario");
        assertSame(before, editor.view().comparisonProperty().get());
    }

    @Test
    void whenThePickedScenarioIsDeletedThePickerFallsBackToItsDefault(FxRobot robot) throws Exception {
        robot.interact(() -> editor.context.edit(
                DuplicateScenario.of(editor.document.design(), "central", "Copy")));
        SideBySide two = openCompare(robot);
        String copy = two.b().scenario().id();
        assertNotEquals("central", copy);
        robot.interact(() -> editor.context.edit(new DeleteScenario(copy)));
        SideBySide one = editor.awaitComparison(s -> s.b().scenario().id().equals("central"));
        assertEquals("central", one.a().scenario().id());
    }
}
