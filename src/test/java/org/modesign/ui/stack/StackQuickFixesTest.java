package org.modesign.ui.stack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.model.StackEntry;
import org.modesign.stack.StackFixture;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stack's quick fixes in the findings panel: an owner for a tool without one, a tool for work without one. */
@ExtendWith(ApplicationExtension.class)
class StackQuickFixesTest {

    private final DocumentModel document = new DocumentModel(StackFixture.design(), null);
    private final EditorContext context = new EditorContext(document, new FakeDialogs());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(context, new InspectorView(context), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 760));
        stage.show();
        document.phaseIdProperty().set("p2");
    }

    private List<Finding> findings() {
        return window.findingsPanel().tree().getRoot().getChildren().stream()
                .flatMap(g -> g.getChildren().stream()).map(i -> (Finding) i.getValue()).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /**
     * The quick fix button of the first finding of {@code rule} that {@code tool} or {@code capability} names.
     * The tests fire it rather than click it: a row with a long message wraps to several lines, so the
     * button may lie below the panel's visible part in the test's small window.
     */
    private Button fix(FxRobot robot, Rule rule, String name) throws Exception {
        robot.interact(() -> robot.lookup("#findings-rule").queryComboBox().setValue(rule));
        waitUntil(() -> findings().stream().anyMatch(f -> f.rule() == rule && name.equals(f.tool() != null ? f.tool()
                : f.capability())));
        WaitForAsyncUtils.waitForFxEvents();
        Finding finding = findings().stream().filter(f -> name.equals(f.tool() != null ? f.tool() : f.capability()))
                .findFirst().orElseThrow();
        javafx.scene.Node cell = robot.lookup(".tree-cell").match(c -> ((TreeCell<?>) c).getItem() == finding).query();
        return robot.from(cell).lookup(".button").queryButton();
    }

    private StackEntry entry(String tool, String region) {
        return document.scenario().stack().stream().filter(e -> e.tool().equals(tool) && e.region().equals(region))
                .findFirst().orElse(null);
    }

    @Test
    void aToolWithoutAnOwnerGetsTheOneAccountableForItsWork(FxRobot robot) throws Exception {
        Button button = fix(robot, Rule.TOOL_WITHOUT_OWNER, "hubspot");
        assertEquals("Make Marketing automation owner the owner", button.getText());
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("owner", entry("hubspot", "global").owner());
        assertEquals(WorkspaceView.STACK, window.workspace().currentProperty().get(), "the stack view shows it");
        StackView view = (StackView) window.workspace().madeView(WorkspaceView.STACK);
        assertArrayEquals(new String[] {"hubspot", "global"}, view.chosen());
        waitUntil(() -> findings().stream().noneMatch(f -> "hubspot".equals(f.tool())));
        robot.interact(document::undo);
        assertNull(entry("hubspot", "global").owner());
    }

    @Test
    void withNobodyAccountableTheFixOpensTheDeploymentToChooseAnOwner(FxRobot robot) throws Exception {
        Button button = fix(robot, Rule.TOOL_WITHOUT_OWNER, "cms");
        assertEquals("Choose an owner\u2026", button.getText());
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
        StackView view = (StackView) window.workspace().madeView(WorkspaceView.STACK);
        assertArrayEquals(new String[] {"cms", "amer"}, view.chosen());
        assertEquals(false, document.canUndoProperty().get(), "nothing changed yet");
    }

    @Test
    void workWithoutItsToolGetsTheCataloguesToolFromThatPhaseOn(FxRobot robot) throws Exception {
        Button button = fix(robot, Rule.UNSUPPORTED_CAPABILITY, "web");
        assertEquals("Deploy WordPress VIP for it", button.getText());
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new StackEntry("cms", "emea", null, "p2", null), entry("cms", "emea"));
        waitUntil(() -> findings().stream().noneMatch(f -> f.rule() == Rule.UNSUPPORTED_CAPABILITY));
    }
}
