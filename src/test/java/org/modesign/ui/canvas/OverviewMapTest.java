package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.render.ChartTheme;
import org.modesign.render.Contrast;
import org.modesign.render.Rgb;
import org.modesign.render.Rect;
import org.modesign.render.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overview map: shown while the chart does not fit, switched by Ctrl+Shift+V, a click moves the view;
 * light or dark with the chart's theme.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewMapTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage);
    }

    private Node map(FxRobot robot) {
        return robot.lookup("#overview-map").query();
    }

    /** Waits for the pulses in which the map follows the chart. */
    private static void pulses() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theMapShowsOnlyWhileTheChartDoesNotFitAndCtrlShiftVSwitchesIt(FxRobot robot) {
        robot.interact(editor.chart()::fitToWindow);
        pulses();
        assertFalse(map(robot).isVisible(), "a chart that fits needs no map");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        pulses();
        assertFalse(map(robot).isVisible(), "switched on, but a chart that fits needs no map");
        robot.interact(() -> editor.chart().zoomBy(8));
        pulses();
        assertTrue(map(robot).isVisible(), "the map shows once part of the chart is out of view");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        pulses();
        assertFalse(map(robot).isVisible(), "switched off (it is off until asked for: it covers a corner of the chart)");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theMapTakesTheChartsThemeItsGroundDarkWithLightSpecksInTheDarkOne(boolean dark, FxRobot robot) {
        robot.interact(() -> {
            editor.context.look().chartThemeProperty().set(dark ? ChartTheme.DARK : ChartTheme.LIGHT);
            editor.context.actions().run(org.modesign.ui.action.EditorAction.TOGGLE_OVERVIEW);
            editor.chart().fitToWindow();
            editor.chart().zoomBy(8);
        });
        pulses();
        WritableImage[] image = new WritableImage[1];
        Bounds[] area = new Bounds[1];
        robot.interact(() -> {
            image[0] = map(robot).snapshot(null, null);
            area[0] = map(robot).getBoundsInLocal(); // with its shadow
        });
        PixelReader pixels = image[0].getPixelReader();
        int left = (int) Math.ceil(-area[0].getMinX());
        int top = (int) Math.ceil(-area[0].getMinY());
        int width = (int) ((Region) map(robot)).getWidth();
        int height = (int) ((Region) map(robot)).getHeight();
        // left of the specks (they keep a margin of 6 px), inside the border: the map's ground
        double ground = luminance(pixels.getColor(left + 3, top + height / 2));
        double brightest = 0;
        double darkest = 1;
        for (int y = top + 2; y < top + height - 2; y++) {
            for (int x = left + 2; x < left + width - 2; x++) {
                double l = luminance(pixels.getColor(x, y));
                brightest = Math.max(brightest, l);
                darkest = Math.min(darkest, l);
            }
        }
        if (dark) {
            assertTrue(ground < 0.05, "a dark ground: " + ground);
            assertTrue(brightest > 0.5, "light specks on it: " + brightest);
        } else {
            assertTrue(ground > 0.9, "a light ground: " + ground);
            assertTrue(darkest < 0.05, "dark specks on it: " + darkest);
        }
    }

    private static double luminance(Color c) {
        return Contrast.luminance(new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), 1));
    }

    @Test
    void aClickOnTheMapCentresTheViewThere(FxRobot robot) {
        robot.interact(() -> {
            editor.context.actions().run(org.modesign.ui.action.EditorAction.TOGGLE_OVERVIEW);
            editor.chart().fitToWindow();
            editor.chart().zoomBy(8);
            editor.chart().panBy(3000, 3000);
        });
        pulses();
        Rect ceo = editor.chart().scene().card(editor.chart().scene().indexOf("ceo"));
        assertFalse(editor.chart().viewport().visibleWorldRect().contains(ceo.centerX(), ceo.centerY()));
        Bounds b = map(robot).localToScreen(map(robot).getBoundsInLocal());
        // The CEO is at the top middle of the chart, and so of the map.
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getMinY() + 10);
        pulses();
        Viewport v = editor.chart().viewport();
        assertTrue(v.visibleWorldRect().contains(ceo.centerX(), ceo.maxY()), "the CEO's card is in view: " + v);
    }
}
