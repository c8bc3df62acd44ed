package org.modesign.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.analysis.SideBySide;
import org.modesign.edit.DeleteNodes;
import org.modesign.edit.DuplicateScenario;
import org.modesign.edit.SetFte;
import org.modesign.ui.base.FileType;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison as a user meets it: duplicate a scenario, change it, press Ctrl+3, export. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private CompareFixture editor;
    private String local;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        editor = new CompareFixture(stage);
    }

    /** Duplicates "central" as "Local" and deletes the data analyst from the copy. */
    @BeforeEach
    void duplicateAndChange(FxRobot robot) {
        robot.interact(() -> {
            DuplicateScenario duplicate = DuplicateScenario.of(editor.document.design(), "central", "Local");
            local = duplicate.id();
            assertTrue(editor.context.edit(duplicate));
            assertTrue(editor.context.edit(new DeleteNodes(local, Set.of("analyst"))));
        });
    }

    private SideBySide openCompare(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(WorkspaceView.COMPARE, editor.window.workspace().currentProperty().get());
        return editor.awaitComparison(s -> s.b().scenario().id().equals(local));
    }

    @Test
    void ctrl3ShowsTheDifferenceOfTheChangedCopyInTheLastPhase(FxRobot robot) throws Exception {
        SideBySide s = openCompare(robot);
        assertEquals("central", s.a().scenario().id(), "A is the design's first scenario, B its second");
        assertEquals("p2", editor.view().phase(), "with no phase chosen in the views, the last phase");
        assertEquals("2", CompareFixture.text(robot, "compare-a-roles"));
        assertEquals("1", CompareFixture.text(robot, "compare-b-roles"));
        assertEquals("\u22121", CompareFixture.text(robot, "compare-delta-roles"));
        assertEquals("\u22121", CompareFixture.text(robot, "compare-delta-fteByArchetype-modeler"));
        assertEquals("", CompareFixture.text(robot, "compare-delta-fteByArchetype-marketer"));
        assertTrue(robot.lookup("#compare-delta-fte").queryAs(Label.class).getStyleClass()
                .containsAll(List.of(ReportBlocks.CHANGED, "compare-down")), "a difference is highlighted");
        assertFalse(robot.lookup("#compare-delta-teams").queryAs(Label.class).getStyleClass().contains(ReportBlocks.CHANGED));
        assertEquals("Central", CompareFixture.text(robot, "compare-placement-a-data"));
        assertEquals("Not held", CompareFixture.text(robot, "compare-placement-b-data"));
        assertTrue(onlyIn(robot, "a").contains("\u2022 Data analyst"), onlyIn(robot, "a").toString());
        assertEquals(List.of(), onlyIn(robot, "b").stream().filter(t -> t.startsWith("\u2022")).toList());
    }

    @Test
    void theComparisonFollowsEditsAndUndoAndTheViewsPhase(FxRobot robot) throws Exception {
        openCompare(robot);
        robot.interact(() -> editor.context.edit(new SetFte(local, "marketer", 3.0)));
        editor.awaitComparison(s -> s.b().metrics("p2").fte() == 3.0);
        assertEquals("+1", CompareFixture.text(robot, "compare-delta-fte"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        editor.awaitComparison(s -> s.b().metrics("p2").fte() == 1.0);
        assertEquals("\u22121", CompareFixture.text(robot, "compare-delta-fte"));

        robot.interact(() -> editor.document.phaseIdProperty().set("p1"));
        assertEquals("p1", editor.view().phase());
        assertEquals("Phase: Foundation", robot.lookup("#compare-report").queryAs(VBox.class).lookupAll(".label")
                .stream().map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Phase:")).findFirst().orElse(""));
    }

    @Test
    void aHiddenComparisonCatchesUpWhenShownAgain(FxRobot robot) throws Exception {
        SideBySide before = openCompare(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.interact(() -> editor.context.edit(new DeleteNodes(local, Set.of("marketer"))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> editor.document.phaseIdProperty().set("p1"));
        assertSame(before, editor.view().comparisonProperty().get(), "no analysis while hidden");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        editor.awaitComparison(s -> s.b().metrics("p2").roles() == 0);
        assertEquals("p1", editor.view().phase(), "the phase the views switched to meanwhile");
        assertEquals("\u22122", CompareFixture.text(robot, "compare-delta-roles"));
    }

    @Test
    void exportCsvWritesEveryPhaseToTheChosenFileWithItsExtension(FxRobot robot) throws Exception {
        openCompare(robot);
        editor.dialogs.filesToSave.add(Optional.of(dir.resolve("comparison")));
        robot.clickOn("#compare-export-csv");
        Path file = dir.resolve("comparison.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.status.get().contains("comparison.csv"));
        assertEquals(List.of(FileType.CSV), editor.dialogs.fileTypes);
        assertEquals("Centralized vs Local.csv", editor.dialogs.suggestedNames.get(0));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 with a byte order mark");
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("section,phase,item,a,b,difference", lines.get(0));
        assertTrue(lines.contains("metric,p1,roles,2,1,-1"), String.join("\n", lines));
        assertTrue(lines.contains("metric,p2,fteByArchetype.modeler,1,0,-1"));
        assertTrue(lines.contains("placement,p2,platform.data,central,not held,changed"));
        assertTrue(lines.contains("only-in-a,,Data analyst,,,"));
    }

    @Test
    void exportPngWritesAPictureOfTheReport(FxRobot robot) throws Exception {
        openCompare(robot);
        Path file = dir.resolve("comparison.png");
        editor.dialogs.filesToSave.add(Optional.of(file));
        robot.clickOn("#compare-export-png");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.status.get().contains("comparison.png"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "a PNG file");
        double reportHeight = robot.lookup("#compare-report").queryAs(VBox.class).getHeight();
        assertEquals(reportHeight, image.getHeight(), 2, "the whole report, not only what is scrolled into view");
        assertEquals(0xFFFFFFFF, image.getRGB(2, 2), "on white");
    }

    private static List<String> onlyIn(FxRobot robot, String side) {
        return robot.lookup("#compare-only-in-" + side).queryAs(VBox.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList();
    }
}
