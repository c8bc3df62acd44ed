package org.modesign.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.starter.Templates;
import org.modesign.model.Design;
import org.modesign.ui.base.DialogService.SaveChoice;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.template.TemplateController;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ New from Template in the editor window: the dialog, the unsaved-changes prompt, the new unsaved design. */
@ExtendWith(ApplicationExtension.class)
class NewFromTemplateTest {

    private static final String ROADMAP = "The four-phase boundaryless roadmap";

    @TempDir
    Path dir;

    private Editor editor;

    @Start
    void start(Stage stage) {
        editor = new Editor(dir.resolve("recovery"));
        new TemplateController(editor.context, editor.files, () -> stage);
        MainWindow window = new MainWindow(editor.context, new Region(), editor.files.recentMenu());
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.focusChart();
    }

    @Test
    void theDialogListsEveryTemplateWithItsDescriptionAndFacts(FxRobot robot) {
        openDialog(robot);
        assertEquals(I18n.tr("template.dialog.header"), robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .getHeaderText());
        ListView<?> list = robot.lookup("#template-list").queryAs(ListView.class);
        assertEquals(7, list.getItems().size());
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the first template is chosen at first");
        assertTrue(robot.lookup("MOps of one").tryQuery().isPresent());
        assertTrue(robot.lookup(I18n.tr("template.mops-of-one.description")).tryQuery().isPresent());
        assertTrue(robot.lookup("In \u201CYear 2\u201D: 7 roles, 5 FTE, no teams\n2 phases: Today\u2002\u2192\u2002Year 2"
                + "\nScenario: MOps of one").tryQuery().isPresent(), "the facts of MOps of one");
        robot.clickOn("#template-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FileController.untitledDesign(), editor.document.design(), "Cancel changes nothing");
        assertFalse(editor.dirty());
    }

    @Test
    void createOpensTheTemplateAsANewUnsavedDesign(FxRobot robot) throws Exception {
        openDialog(robot);
        choose(robot, "boundaryless-roadmap");
        robot.clickOn("#template-create");
        WaitForAsyncUtils.waitForFxEvents();

        Design roadmap = Templates.load(Templates.byId("boundaryless-roadmap").orElseThrow());
        assertEquals(roadmap, editor.document.design());
        assertNull(editor.file(), "a template has no file");
        assertTrue(editor.dirty(), "a template opens unsaved");
        assertEquals("MOdesign \u2014 " + roadmap.title() + " \u2022", editor.files.titleBinding().get());
        assertEquals(List.of(), editor.dialogs.askedToSave, "nothing was unsaved before");
        assertEquals(I18n.tr("template.opened", ROADMAP), robot.lookup("#status-message").queryLabeled().getText());
        assertEquals("Undo Start from the template \u201C" + ROADMAP + "\u201D",
                editor.document.undoTextProperty().get().replace("_", ""));

        Path file = dir.resolve("roadmap.modesign");
        editor.dialogs.filesToSave.add(Optional.of(file));
        Editor.fx(editor.files::save);
        assertEquals(List.of("Lumen Consumer Brands- the boundaryless marketing roadmap.modesign"),
                editor.dialogs.suggestedNames, "Save asks for a file, suggesting the design's title");
        assertTrue(Files.exists(file));
        assertEquals(roadmap, new DesignReader().read(file).design());
        assertFalse(editor.dirty());
    }

    @Test
    void unsavedChangesAreSettledFirstAndCancelKeepsThem(FxRobot robot) {
        Editor.fx(() -> editor.rename("My plan"));
        editor.dialogs.saveChoices.add(SaveChoice.CANCEL);
        openDialog(robot);
        robot.clickOn("#template-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("My plan"), editor.dialogs.askedToSave);
        assertEquals("My plan", editor.document.design().title(), "cancelled: the design stays");
        assertTrue(editor.dirty());

        editor.dialogs.saveChoices.add(SaveChoice.DISCARD);
        openDialog(robot);
        robot.doubleClickOn("#template-mops-of-one");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Templates.load(Templates.byId("mops-of-one").orElseThrow()), editor.document.design());
        assertEquals(List.of("My plan", "My plan"), editor.dialogs.askedToSave);
    }

    @Test
    void undoGoesBackToANewDesign(FxRobot robot) {
        openDialog(robot);
        robot.doubleClickOn("#template-mops-of-one");
        WaitForAsyncUtils.waitForFxEvents();
        Editor.fx(editor.document::undo);
        assertEquals(FileController.untitledDesign(), editor.document.design());
        assertFalse(editor.dirty());
    }

    @Test
    void theFileMenuOffersItAfterNew(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> ids = bar.getMenus().get(0).getItems().stream().map(MenuItem::getId).limit(3).toList();
        assertEquals(List.of("menu-NEW", "menu-NEW_FROM_TEMPLATE", "menu-OPEN"), ids);
        assertFalse(bar.getMenus().get(0).getItems().get(1).isDisable());
    }

    /** Ctrl+Shift+N, then waits for the dialog. */
    private static void openDialog(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#template-create").tryQuery().isPresent(), "the dialog is open");
        assertFalse(robot.lookup("#template-create").queryAs(Button.class).isDisabled());
    }

    /** Scrolls to the template's row and clicks it. */
    private static void choose(FxRobot robot, String id) {
        ListView<?> list = robot.lookup("#template-list").queryAs(ListView.class);
        int index = Templates.all().indexOf(Templates.byId(id).orElseThrow());
        robot.interact(() -> list.scrollTo(index));
        robot.clickOn("#template-" + id);
        assertEquals(index, list.getSelectionModel().getSelectedIndex());
    }
}
