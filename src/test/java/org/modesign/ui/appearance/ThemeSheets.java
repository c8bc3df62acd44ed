package org.modesign.ui.appearance;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.modesign.render.Rgb;

/**
 * For tests that look at the colours the editor shows: a scene under one of its AtlantaFX themes
 * (the user-agent sheet the application installs) with the editor's own sheet, as the application
 * shows its window. As an extension it puts back, after each test, the user-agent sheet it found.
 */
public final class ThemeSheets implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace SHEET = ExtensionContext.Namespace.create(ThemeSheets.class);

    /** The user-agent sheet of the theme named {@code name}: "light" or "dark". */
    public static String theme(String name) {
        return switch (name) {
            case "light" -> new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet();
            case "dark" -> new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet();
            default -> throw new IllegalArgumentException("no theme " + name);
        };
    }

    /**
     * Shows {@code root} in {@code stage} under the theme named {@code name} and the editor's sheet,
     * with its CSS applied; on the JavaFX thread.
     */
    public static Scene show(Stage stage, String name, Parent root, double width, double height) {
        return show(stage, name, new Scene(root, width, height));
    }

    /** Shows {@code scene} in {@code stage} under the theme named {@code name} and the editor's sheet. */
    public static Scene show(Stage stage, String name, Scene scene) {
        Application.setUserAgentStylesheet(ThemeSheets.class.getResource(theme(name)).toExternalForm());
        scene.getStylesheets().add(ThemeSheets.class.getResource("/org/modesign/ui/modesign.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        scene.getRoot().applyCss();
        return scene;
    }

    /** {@code colour} as an opaque {@link Rgb}, to measure its contrast. */
    public static Rgb rgb(Color colour) {
        return new Rgb((int) Math.round(colour.getRed() * 255), (int) Math.round(colour.getGreen() * 255),
                (int) Math.round(colour.getBlue() * 255), 1);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String sheet = Application.getUserAgentStylesheet();
        context.getStore(SHEET).put("sheet", sheet == null ? "" : sheet);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String sheet = context.getStore(SHEET).get("sheet", String.class);
        Application.setUserAgentStylesheet(sheet == null || sheet.isEmpty() ? null : sheet);
    }
}
