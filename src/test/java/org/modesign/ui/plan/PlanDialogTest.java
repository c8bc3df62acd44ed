package org.modesign.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Region;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Design ▸ Capabilities…, Regions… and Phases… open the dialog on their tab; undo works from it. */
@ExtendWith(ApplicationExtension.class)
class PlanDialogTest {

    private EditorContext context;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        context = new EditorContext(new DocumentModel(PlanFixture.design(), null), new FakeDialogs());
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 800));
        stage.show();
    }

    private Stage dialog(FxRobot robot) {
        return (Stage) robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && s.getScene().lookup("#plan-view") != null && s.isShowing())
                .findFirst().orElseThrow();
    }

    private String selectedTab(FxRobot robot) {
        return ((TabPane) dialog(robot).getScene().lookup("#plan-view")).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void theDesignMenuOpensTheDialogOnEachTab(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu design = bar.getMenus().stream().filter(m -> m.getText().equals("_Design")).findFirst().orElseThrow();
        List<String> items = design.getItems().stream().map(MenuItem::getId).toList();
        assertEquals(Arrays.asList("menu-EDIT_CAPABILITIES", "menu-EDIT_TOOLS", "menu-EDIT_REGIONS", "menu-EDIT_PHASES",
                null, "menu-EDIT_CHARTER"), items);
        assertTrue(design.getItems().stream().noneMatch(MenuItem::isDisable));
        assertEquals(KeyCombination.valueOf("Shortcut+Shift+K"), design.getItems().get(0).getAccelerator());

        robot.interact(() -> context.actions().run(EditorAction.EDIT_PHASES));
        assertEquals("plan-tab-phases", selectedTab(robot));
        robot.interact(() -> context.actions().run(EditorAction.EDIT_REGIONS));
        assertEquals("plan-tab-regions", selectedTab(robot));
        robot.interact(() -> context.actions().run(EditorAction.EDIT_TOOLS));
        assertEquals("plan-tab-tools", selectedTab(robot));
        robot.interact(() -> context.actions().run(EditorAction.EDIT_CAPABILITIES));
        assertEquals("plan-tab-capabilities", selectedTab(robot));
        assertEquals("Catalogue, Tools, Regions and Phases", dialog(robot).getTitle());
    }

    @Test
    void anEditInTheDialogIsUndoneWithTheShortcutThere(FxRobot robot) {
        robot.interact(() -> context.actions().run(EditorAction.EDIT_REGIONS));
        Stage dialog = dialog(robot);
        robot.clickOn("#plan-region-add");
        robot.type(KeyCode.ESCAPE);
        assertEquals(3, context.document().design().regions().size());
        robot.interact(dialog::requestFocus);
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        waitForFxEvents();
        assertEquals(List.of("emea", "apac"), context.document().design().regions().stream().map(Region::id).toList());
        robot.clickOn("#plan-close");
        assertFalse(dialog.isShowing());
    }
}
