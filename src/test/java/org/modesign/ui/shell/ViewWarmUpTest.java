package org.modesign.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.stack.StackFixture;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The stack view prepared off screen in idle time, then shown as any view once made. */
@ExtendWith(ApplicationExtension.class)
class ViewWarmUpTest {

    private final EditorContext context = new EditorContext(new DocumentModel(StackFixture.design(), null),
            new FakeDialogs());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 760));
        stage.show();
    }

    @Test
    void theStackViewIsMadeOffScreenAndTheChartStaysShown(FxRobot robot) {
        assertNull(window.workspace().madeView(WorkspaceView.STACK));
        robot.interact(window::warmUpViews);
        Node made = window.workspace().madeView(WorkspaceView.STACK);
        assertNotNull(made, "made ahead of its first showing");
        assertNull(made.getScene(), "and taken out of its off-screen scene again");
        assertEquals(WorkspaceView.CHART, window.workspace().currentProperty().get());
        assertNotNull(window.chart().getScene(), "the chart stays in the window");

        robot.interact(() -> context.actions().run(EditorAction.SHOW_STACK));
        assertSame(made, window.workspace().madeView(WorkspaceView.STACK), "Ctrl+4 shows the view made");
        assertTrue(made.getScene() != null && made.getLayoutBounds().getWidth() > 0);
        robot.interact(() -> context.actions().run(EditorAction.SHOW_CHART));
        robot.interact(window::warmUpViews);
        assertSame(made, window.workspace().madeView(WorkspaceView.STACK), "the view made is kept");
    }
}
