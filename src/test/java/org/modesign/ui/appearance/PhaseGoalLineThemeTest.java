package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.format.DesignReader;
import org.modesign.render.Contrast;
import org.modesign.render.Rgb;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.phase.PhaseGoalLine;
import org.testfx.api.FxRobot;

/**
 * The line over the chart that names the phase shown and its goal reads (4.5 : 1) in both themes:
 * its bar was a fixed light grey, under the dark theme's light words.
 */
class PhaseGoalLineThemeTest extends InBothThemes {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void theGoalOfThePhaseShownReads(String theme, FxRobot robot) {
        DocumentModel document = new DocumentModel(new DesignReader()
                .parse(BundledSamples.read("mops-from-chaos.modesign")).design(), null);
        PhaseGoalLine[] line = new PhaseGoalLine[1];
        robot.interact(() -> {
            line[0] = new PhaseGoalLine(new EditorContext(document, new FakeDialogs()));
            document.phaseIdProperty().set(document.design().phases().get(2).id());
            ThemeSheets.show(stage, theme, new StackPane(line[0]), 900, 100);
        });
        robot.interact(() -> {
            assertTrue(line[0].isVisible() && !line[0].getText().isEmpty(), "the phase's goal shown");
            Rgb text = ThemeSheets.rgb((Color) line[0].getTextFill());
            Rgb back = ThemeSheets.rgb((Color) line[0].getBackground().getFills().get(0).getFill());
            double ratio = Contrast.ratio(text, back);
            assertTrue(ratio >= Contrast.TEXT, text.hex() + " on " + back.hex() + " is " + ratio + " : 1");
        });
    }
}
