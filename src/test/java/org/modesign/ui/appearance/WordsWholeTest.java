package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.starter.BundledSamples;
import org.modesign.text.Language;
import org.modesign.ui.fx.ShownText;
import org.testfx.api.FxRobot;

/**
 * No label cut short with room to spare: every bundled sample in each of the five views (chart,
 * matrix, compare, stack, plan) and with the outline open, in the editor's own theme and sheet
 * ({@link ShippedEditor}), in a window a little smaller than a laptop's (1280×800, the test
 * screen's size), at the standard text size and at 150 %, and in Simplified Chinese. It found, at 1280 px or at 150 %: scenario names over the comparison's placement table, the
 * hiring plan's headings and cells, the stack's heading, pickers, table headings and empty-table
 * sentence, the phase bar's buttons when five long phase names do not fit on one line, and the
 * findings' rule chooser beside the outline.
 */
class WordsWholeTest extends InShippedEditor {

    private static final List<KeyCode> VIEWS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5);

    private List<String> settled(FxRobot robot) {
        return ShownText.settledCutsUnder(robot, () -> stage.getScene().getRoot(), node -> false);
    }

    @ParameterizedTest(name = "{0}, text size {1} %")
    @CsvSource({"en, 100", "en, 150", "zh-CN, 100"})
    void everyViewOfEverySampleShowsItsWordsWhole(String languageTag, int textSize, FxRobot robot) {
        Language language = Language.forTag(languageTag).orElseThrow();
        List<String> cut = new ArrayList<>();
        for (String sample : BundledSamples.ALL) {
            Design design = new DesignReader().parse(BundledSamples.read(sample)).design();
            robot.interact(() -> editor.show(stage, design, language, textSize, 1280, 800));
            for (KeyCode view : VIEWS) {
                robot.press(KeyCode.CONTROL, view).release(view, KeyCode.CONTROL);
                settled(robot).forEach(shown -> cut.add(sample + ", Ctrl+" + view.getName() + ": " + shown));
            }
            // the chart with the outline beside it (View ▸ Outline)
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
            settled(robot).forEach(shown -> cut.add(sample + ", outline: " + shown));
        }
        assertEquals(List.of(), cut);
    }
}
