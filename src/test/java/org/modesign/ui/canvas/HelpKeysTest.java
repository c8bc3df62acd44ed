package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.ui.action.AlternateKeys;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.help.ShortcutRow;
import org.modesign.ui.i18n.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The zoom keys as keyboards type them, the shortcuts sheet and About. */
@ExtendWith(ApplicationExtension.class)
class HelpKeysTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage);
    }

    private double scale() {
        return editor.chart().viewport().scale();
    }

    @Test
    void ctrlEqualsAndCtrlPlusZoomInAndCtrlMinusZoomsOut(FxRobot robot) {
        double before = scale();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before * 1.25, scale(), 1e-9, "Ctrl+= zooms in");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before * 1.25 * 1.25, scale(), 1e-9, "Ctrl++ (Ctrl+Shift+= on a US keyboard) zooms in");
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before * 1.25, scale(), 1e-9, "Ctrl+- zooms out");
    }

    @SuppressWarnings("unchecked")
    private List<ShortcutRow> sheet(FxRobot robot) {
        TableView<ShortcutRow> table = robot.lookup("#shortcuts-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    @Test
    void theShortcutsSheetListsTheAcceleratorsTheMenusReallyHave(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        List<ShortcutRow> rows = sheet(robot);
        for (EditorAction action : List.of(EditorAction.FIND, EditorAction.FIND_NEXT, EditorAction.UNDO,
                EditorAction.ZOOM_IN, EditorAction.ADD_REPORT, EditorAction.TOGGLE_OVERVIEW)) {
            String label = I18n.plain(I18n.tr(action.key()));
            String keys = action.accelerator().getDisplayText();
            assertTrue(rows.stream().anyMatch(r -> r.command().equals(label) && r.keys().equals(keys)),
                    action + " is listed with " + keys + ": " + rows);
        }
        for (AlternateKeys.AlternateKey key : AlternateKeys.all()) {
            assertTrue(rows.stream().anyMatch(r -> r.keys().equals(key.keys().getDisplayText())),
                    key.keys().getDisplayText() + " is listed");
        }
        long withAccelerators = java.util.Arrays.stream(EditorAction.values()).filter(a -> a.accelerator() != null).count();
        assertTrue(rows.size() >= withAccelerators, "every accelerator of the menus is listed");
    }

    @Test
    void aQuestionMarkTypedOnTheChartOpensTheSheet(FxRobot robot) {
        robot.interact(editor.chart()::requestFocus);
        robot.write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcuts-table").tryQuery().isPresent());
    }

    @Test
    void aboutNamesTheVersion(FxRobot robot) {
        robot.interact(() -> editor.context.actions().run(EditorAction.ABOUT));
        String text = editor.dialogs.information.get(0).text();
        assertTrue(text.startsWith(I18n.tr("about.version", org.modesign.ui.help.HelpActions.version())), text);
    }
}
