package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.render.Contrast;
import org.modesign.render.Rgb;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The palette's "No owner" under a tool (style class {@code tools-no-owner}) is in the theme's
 * warning colour, bold, and reads (4.5 : 1) on the panels' background in both themes: a fixed
 * amber was 3.7 : 1 on the dark one.
 */
@ExtendWith(ApplicationExtension.class)
class UnownedToolColourTest {

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
    void readsOnTheLightTheme(FxRobot robot) {
        assertReads(robot, new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void readsOnTheDarkTheme(FxRobot robot) {
        assertReads(robot, new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
    }

    private void assertReads(FxRobot robot, String theme) {
        Label owner = new Label("Global · No owner");
        owner.getStyleClass().add("tools-no-owner");
        StackPane panel = new StackPane(owner);
        panel.setStyle("-fx-background-color: -color-bg-default;");
        robot.interact(() -> {
            Application.setUserAgentStylesheet(UnownedToolColourTest.class.getResource(theme).toExternalForm());
            Scene scene = new Scene(panel, 300, 100);
            scene.getStylesheets().add(UnownedToolColourTest.class.getResource("/org/modesign/ui/modesign.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            panel.applyCss();
        });
        robot.interact(() -> {
            Rgb text = rgb((Color) owner.getTextFill());
            Rgb back = rgb((Color) panel.getBackground().getFills().get(0).getFill());
            double ratio = Contrast.ratio(text, back);
            assertTrue(ratio >= Contrast.TEXT, text.hex() + " on " + back.hex() + " is " + ratio + " : 1");
            assertTrue(owner.getFont().getStyle().toLowerCase().contains("bold"), "bold: " + owner.getFont());
        });
    }

    private static Rgb rgb(Color c) {
        return new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), 1);
    }
}
