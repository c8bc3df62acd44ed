package org.modesign.ui.appearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.render.ChartTheme;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View ▸ Theme and View ▸ Text Size on the editor's window: the dark theme darkens the panels (the
 * user-agent sheet), marks the window for the editor's own sheets and repaints the chart in its dark
 * palette; a larger text size enlarges the panels' text and zooms the chart with it; both are kept
 * for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class AppearanceControllerTest {

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private final String sheetBefore = Application.getUserAgentStylesheet();
    private EditorContext context;
    private MainWindow window;
    private AppearanceController appearance;
    private Scene scene;

    @Start
    void start(Stage stage) {
        DocumentModel document = new DocumentModel(new DesignReader()
                .read(Path.of("samples/central-vs-local-expression.modesign")).design(), null);
        context = new EditorContext(document, new FakeDialogs());
        appearance = new AppearanceController(new AppearanceSetting(node), context.look(), Optional::empty);
        window = new MainWindow(context, new Region(), new Menu("Recent"), appearance.menus().toArray(Menu[]::new));
        scene = window.createScene(1200, 800);
        appearance.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restore() throws BackingStoreException {
        Application.setUserAgentStylesheet(sheetBefore);
        node.removeNode();
    }

    @Test
    void theDarkThemeDarkensThePanelsAndTheChart(FxRobot robot) {
        assertEquals(ChartTheme.LIGHT, context.look().chartTheme());
        robot.interact(() -> item(robot, "theme-dark").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartTheme.DARK, context.look().chartTheme());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), Application.getUserAgentStylesheet());
        assertTrue(scene.getRoot().getStyleClass().contains(AppearanceController.DARK_CLASS));
        assertEquals(new Appearance(Theme.DARK, 100), new AppearanceSetting(node).load(), "kept for the next start");

        robot.interact(() -> item(robot, "theme-light").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartTheme.LIGHT, context.look().chartTheme());
        assertFalse(scene.getRoot().getStyleClass().contains(AppearanceController.DARK_CLASS));
    }

    @Test
    void aLargerTextSizeEnlargesThePanelsTextAndZoomsTheChart(FxRobot robot) {
        double zoom = window.chart().viewport().scale();
        robot.interact(() -> item(robot, "text-size-150").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.5, context.look().textScale());
        assertEquals(zoom * 1.5, window.chart().viewport().scale(), 1e-9, "the chart zooms with the text");
        String sheet = Application.getUserAgentStylesheet();
        String css = new String(Base64.getDecoder().decode(sheet.substring(sheet.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertTrue(css.contains("-fx-font-size: 21.0px"), css);
        assertEquals(150, new AppearanceSetting(node).load().textSize());

        robot.interact(() -> window.chart().showOpening());
        double opening150 = window.chart().viewport().scale();
        robot.interact(() -> item(robot, "text-size-100").fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.chart().showOpening());
        assertEquals(opening150 / 1.5, window.chart().viewport().scale(), 1e-9,
                "the chart opens that much larger at 150 %");
    }

    private MenuItem item(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> flatten(m).stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<MenuItem> flatten(Menu menu) {
        List<MenuItem> all = new java.util.ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu sub) {
                all.addAll(flatten(sub));
            }
        }
        return all;
    }
}
