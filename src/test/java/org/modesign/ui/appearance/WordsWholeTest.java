package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;
import org.modesign.text.Language;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.fx.ShownText;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.language.ChineseFonts;
import org.modesign.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No label cut short with room to spare: every bundled sample in each of the five views (chart,
 * matrix, compare, stack, plan) and with the outline open, in the editor's own theme and sheet, in a window a little smaller
 * than a laptop's (1280×800, the test screen's size), at the standard text size and at 150 %, and
 * in Simplified Chinese.
 * It found, at 1280 px or at 150 %: scenario names over the comparison's placement table, the
 * hiring plan's headings and cells, the stack's heading, pickers, table headings and empty-table
 * sentence, and the phase bar's buttons when five long phase names do not fit on one line.
 */
@ExtendWith(ApplicationExtension.class)
class WordsWholeTest {

    private static final List<KeyCode> VIEWS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5);

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private final String sheetBefore = Application.getUserAgentStylesheet();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restore() throws BackingStoreException {
        I18n.use(Language.ENGLISH);
        Application.setUserAgentStylesheet(sheetBefore);
        node.removeNode();
    }

    /**
     * The labels shown cut once the view has settled: a view lays out over a few pulses and the plan
     * and the comparison come from the background, so what is cut is looked at again until it stays
     * the same for about a second (or nothing is cut).
     */
    private List<String> settled(FxRobot robot) {
        List<String> last = null;
        int same = 0;
        for (int tries = 0; tries < 60 && same < 6; tries++) {
            WaitForAsyncUtils.waitForFxEvents();
            List<String> now = new ArrayList<>();
            robot.interact(() -> now.addAll(ShownText.cutUnder(stage.getScene().getRoot())));
            if (now.isEmpty()) {
                return now;
            }
            same = now.equals(last) ? same + 1 : 0;
            last = now;
            WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return last;
    }

    @ParameterizedTest(name = "{0}, text size {1} %")
    @CsvSource({"en, 100", "en, 150", "zh-CN, 100"})
    void everyViewOfEverySampleShowsItsWordsWhole(String languageTag, int textSize, FxRobot robot) {
        Language language = Language.forTag(languageTag).orElseThrow();
        I18n.use(language);
        new AppearanceSetting(node).save(new Appearance(Theme.LIGHT, textSize));
        List<String> cut = new ArrayList<>();
        for (String sample : BundledSamples.ALL) {
            robot.interact(() -> {
                DocumentModel document = new DocumentModel(new DesignReader().parse(BundledSamples.read(sample))
                        .design(), null);
                EditorContext context = new EditorContext(document, new FakeDialogs());
                AppearanceController appearance = new AppearanceController(new AppearanceSetting(node),
                        context.look(), () -> language.isChinese() ? ChineseFonts.family(language) : Optional.empty());
                appearance.applyToApplication(); // as the application does, before its window is made
                MainWindow window = new MainWindow(context, new InspectorView(context), new Menu("Recent"),
                        appearance.menus().toArray(Menu[]::new));
                Scene scene = window.createScene(1280, 800);
                scene.getStylesheets().add(WordsWholeTest.class.getResource("/org/modesign/ui/modesign.css")
                        .toExternalForm()); // as the application does
                appearance.attach(scene);
                stage.setScene(scene);
                stage.show();
                window.focusChart();
            });
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
