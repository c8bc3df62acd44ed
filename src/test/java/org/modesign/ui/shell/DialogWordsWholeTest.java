package org.modesign.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.starter.BundledSamples;
import org.modesign.text.Language;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.appearance.InShippedEditor;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.fx.ShownText;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No label cut short with room to spare in the windows the menus open (the catalogue, tools,
 * regions and phases editors, the charter with each of its tabs, the shortcuts sheet, the export
 * dialog, Rename), under the editor's own theme, at the standard text size and at 150 %.
 */
class DialogWordsWholeTest extends InShippedEditor {

    private static final List<EditorAction> DIALOGS = List.of(EditorAction.EDIT_CAPABILITIES,
            EditorAction.EDIT_TOOLS, EditorAction.EDIT_REGIONS, EditorAction.EDIT_PHASES, EditorAction.EDIT_CHARTER,
            EditorAction.SHOW_SHORTCUTS, EditorAction.EXPORT_IMAGE, EditorAction.RENAME_SCENARIO);

    @ParameterizedTest(name = "{0}, text size {1} %")
    @CsvSource({"central-vs-local-expression.modesign, 100", "mo-in-it-six-months.modesign, 100",
            "central-vs-local-expression.modesign, 150"})
    void everyDialogShowsItsWordsWhole(String sample, int textSize, FxRobot robot) {
        Design design = new DesignReader().parse(BundledSamples.read(sample)).design();
        EditorContext[] context = new EditorContext[1];
        robot.interact(() -> context[0] = editor.show(stage, design, Language.ENGLISH, textSize, 1200, 760));
        List<String> cut = new ArrayList<>();
        for (EditorAction action : DIALOGS) {
            Set<Window> before = new HashSet<>();
            robot.interact(() -> before.addAll(Window.getWindows()));
            // not waited for: a dialog that waits for its answer (Rename) holds its caller until closed
            javafx.application.Platform.runLater(() -> context[0].actions().run(action));
            List<Window> opened = new ArrayList<>();
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                    opened.clear();
                    robot.interact(() -> Window.getWindows().stream()
                            .filter(w -> !before.contains(w) && w.isShowing()).forEach(opened::add));
                    return !opened.isEmpty();
                });
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError(action + " opens no window", e);
            }
            for (Window window : opened) {
                for (String shown : settled(robot, window)) {
                    cut.add(action + ": " + shown);
                }
                for (TabPane tabs : tabPanes(robot, window)) {
                    int count = tabs.getTabs().size();
                    for (int t = 1; t < count; t++) {
                        int tab = t;
                        robot.interact(() -> tabs.getSelectionModel().select(tab));
                        Tab shownTab = tabs.getTabs().get(tab);
                        settled(robot, window).forEach(s -> cut.add(action + " ▸ " + shownTab.getText() + ": " + s));
                    }
                }
                robot.interact(window::hide);
            }
        }
        assertEquals(List.of(), cut);
    }

    private static List<TabPane> tabPanes(FxRobot robot, Window window) {
        List<TabPane> found = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : window.getScene().getRoot().lookupAll(".tab-pane")) {
                if (n instanceof TabPane tabs) {
                    found.add(tabs);
                }
            }
        });
        return found;
    }

    /**
     * What {@code window} shows cut once settled. A multiple choice's box sums up its choices ("a, b,
     * c…"): its popup and tooltip list them whole.
     */
    private static List<String> settled(FxRobot robot, Window window) {
        return ShownText.settledCutsUnder(robot, () -> window.getScene().getRoot(), node -> node instanceof CheckComboBox);
    }
}
