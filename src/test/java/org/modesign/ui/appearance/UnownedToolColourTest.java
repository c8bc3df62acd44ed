package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.render.Contrast;
import org.modesign.render.Rgb;
import org.testfx.api.FxRobot;

/**
 * The palette's "No owner" under a tool (style class {@code tools-no-owner}) is in the theme's
 * warning colour, bold, and reads (4.5 : 1) on the panels' background in both themes: a fixed
 * amber was 3.7 : 1 on the dark one.
 */
class UnownedToolColourTest extends InBothThemes {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    void readsOnThePanelsBackground(String theme, FxRobot robot) {
        Label owner = new Label("Global · No owner");
        owner.getStyleClass().add("tools-no-owner");
        StackPane panel = new StackPane(owner);
        panel.setStyle("-fx-background-color: -color-bg-default;");
        robot.interact(() -> ThemeSheets.show(stage, theme, panel, 300, 100));
        robot.interact(() -> {
            Rgb text = ThemeSheets.rgb((Color) owner.getTextFill());
            Rgb back = ThemeSheets.rgb((Color) panel.getBackground().getFills().get(0).getFill());
            double ratio = Contrast.ratio(text, back);
            assertTrue(ratio >= Contrast.TEXT, text.hex() + " on " + back.hex() + " is " + ratio + " : 1");
            assertTrue(owner.getFont().getStyle().toLowerCase().contains("bold"), "bold: " + owner.getFont());
        });
    }
}
