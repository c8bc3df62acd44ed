package org.modesign.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.model.Strategy;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scenario tabs and the Scenario menu: duplicate, rename, strategy, delete, each undoable. */
@ExtendWith(ApplicationExtension.class)
class ScenarioTabsTest {

    private final FakeDialogs dialogs = new FakeDialogs();
    private DocumentModel document;
    private MainWindow window;
    private EditorContext context;

    @Start
    void start(Stage stage) {
        document = new DocumentModel(new DesignReader().read(Path.of("samples/mops-of-one.modesign")).design(), null);
        context = new EditorContext(document, dialogs);
        window = new MainWindow(context, new javafx.scene.layout.Region(),
                new Menu("Recent"));
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.focusChart();
    }

    @Test
    void duplicateRenameAndDeleteAScenarioEachAsOneStep(FxRobot robot) {
        int before = document.design().scenarios().size();
        String original = document.scenario().id();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, document.design().scenarios().size());
        String copy = document.scenario().id();
        assertNotEquals(original, copy, "the copy is shown");
        assertEquals(document.design().scenario(original).orElseThrow().nodes().size(),
                document.scenario().nodes().size());
        robot.lookup("#scenario-tab-" + copy).tryQuery().orElseThrow();

        dialogs.texts.add(Optional.of("Local expression"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Local expression", document.scenario().name());

        robot.interact(() -> new ScenarioActions(contextOf()).setStrategy(copy, Strategy.LOCAL_EXPRESSION));
        assertEquals(Strategy.LOCAL_EXPRESSION, document.scenario().strategy());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#scenario-tab-" + original);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, document.scenario().id(), "clicking a tab shows its scenario");

        dialogs.confirmations.add(true);
        robot.interact(() -> new ScenarioActions(contextOf()).delete(copy));
        assertEquals(before, document.design().scenarios().size());
        robot.interact(document::undo);
        assertEquals("Local expression", document.design().scenario(copy).orElseThrow().name(),
                "undo brings the deleted scenario back");
    }

    private EditorContext contextOf() {
        return context;
    }
}
