package org.modesign.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.export.ExportFormat;
import org.modesign.export.ExportLabels;
import org.modesign.export.Paper;
import org.modesign.model.Phase;
import org.modesign.ui.i18n.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog's controls, driven by clicking them. */
@ExtendWith(ApplicationExtension.class)
class ExportFormTest {

    private static final List<Phase> PHASES = List.of(new Phase("p1", "Foundation", List.of()),
            new Phase("p2", "Growth", List.of()));

    private ExportForm form;

    @Start
    void start(Stage stage) {
        form = new ExportForm(ExportChoice.initial("p2"), PHASES, 0);
        stage.setScene(new Scene(form, 640, 320));
        stage.show();
    }

    @Test
    void startsAsAPdfOfTheWholeChartAtThePhaseTheViewsShow() {
        assertEquals(new ExportChoice(ExportFormat.PDF, false, "p2", 1, Paper.A4), form.choice());
    }

    @Test
    void scaleIsForPngAndPaperForPdf(FxRobot robot) {
        assertTrue(robot.lookup("#export-scale-2").query().isDisabled());
        assertFalse(robot.lookup("#export-paper-letter").query().isDisabled());
        robot.clickOn("#export-format-png");
        assertFalse(robot.lookup("#export-scale-2").query().isDisabled());
        assertTrue(robot.lookup("#export-paper-letter").query().isDisabled());
        robot.clickOn("#export-scale-2");
        assertEquals(new ExportChoice(ExportFormat.PNG, false, "p2", 2, Paper.A4), form.choice());
        robot.clickOn("#export-format-svg");
        assertTrue(robot.lookup("#export-scale-2").query().isDisabled());
        assertTrue(robot.lookup("#export-paper-letter").query().isDisabled());
    }

    @Test
    void aPhaseOrAllPhasesCanBeChosen(FxRobot robot) {
        robot.clickOn("#export-phase").clickOn(I18n.tr("export.dialog.allPhases"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, form.choice().phaseId());
        robot.clickOn("#export-phase").clickOn("Foundation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("p1", form.choice().phaseId());
    }

    @Test
    void withNothingSelectedOnlyTheWholeChartIsOffered(FxRobot robot) {
        assertTrue(robot.lookup("#export-selection").query().isDisabled());
        robot.clickOn("#export-paper-letter");
        assertEquals(Paper.LETTER, form.choice().paper());
    }

    @Test
    void everyWordIsInTheBundle(FxRobot robot) {
        robot.lookup(n -> n instanceof Labeled).queryAllAs(Labeled.class).forEach(
                l -> assertFalse(l.getText() != null && l.getText().startsWith("!"), l.getText()));
        for (String key : ExportLabels.KEYS) {
            assertTrue(I18n.has(key), key + " is missing from the bundle");
        }
    }
}
