package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.render.Contrast;
import org.modesign.render.Rgb;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.phase.PhaseGoalLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The line over the chart that names the phase shown and its goal reads (4.5 : 1) in both themes:
 * its bar was a fixed light grey, under the dark theme's light words.
 */
@ExtendWith(ApplicationExtension.class)
class PhaseGoalLineThemeTest {

    private final String sheetBefore = Application.getUserAgentStylesheet();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restore() {
        Application.setUserAgentStylesheet(sheetBefore);
    }

    @Test
    void readsInTheLightTheme(FxRobot robot) {
        assertReads(robot, new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void readsInTheDarkTheme(FxRobot robot) {
        assertReads(robot, new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
    }

    private void assertReads(FxRobot robot, String theme) {
        DocumentModel document = new DocumentModel(new DesignReader()
                .parse(BundledSamples.read("mops-from-chaos.modesign")).design(), null);
        PhaseGoalLine[] line = new PhaseGoalLine[1];
        robot.interact(() -> {
            Application.setUserAgentStylesheet(PhaseGoalLineThemeTest.class.getResource(theme).toExternalForm());
            line[0] = new PhaseGoalLine(new EditorContext(document, new FakeDialogs()));
            document.phaseIdProperty().set(document.design().phases().get(2).id());
            stage.setScene(new Scene(new StackPane(line[0]), 900, 100));
            stage.show();
            line[0].applyCss();
        });
        robot.interact(() -> {
            assertTrue(line[0].isVisible() && !line[0].getText().isEmpty(), "the phase's goal shown");
            Rgb text = rgb((Color) line[0].getTextFill());
            Rgb back = rgb((Color) line[0].getBackground().getFills().get(0).getFill());
            double ratio = Contrast.ratio(text, back);
            assertTrue(ratio >= Contrast.TEXT, text.hex() + " on " + back.hex() + " is " + ratio + " : 1");
        });
    }

    private static Rgb rgb(Color c) {
        return new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), 1);
    }
}
