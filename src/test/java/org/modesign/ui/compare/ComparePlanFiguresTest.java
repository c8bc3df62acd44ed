package org.modesign.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The comparison of two scenarios that hold a plan (format v2): costs in the design's currency, named. */
@ExtendWith(ApplicationExtension.class)
class ComparePlanFiguresTest {

    private MainWindow window;
    private Locale format;

    @BeforeEach
    void english() {
        format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, format);
    }

    @Start
    void start(Stage stage) {
        Design design = new DesignReader().parse(BundledSamples.read("central-vs-local-expression.modesign")).design();
        EditorContext context = new EditorContext(new DocumentModel(design, null), new FakeDialogs());
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 780));
        stage.show();
        window.focusChart();
    }

    @Test
    void costsShareToolsVacanciesAndHiresWithTheirDifferences(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> view() != null
                && view().comparisonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("optimise", view().phase(), "the last phase");
        assertEquals("4,775,000 USD", CompareFixture.text(robot, "compare-a-peopleCost"));
        assertEquals("4,725,000 USD", CompareFixture.text(robot, "compare-b-peopleCost"));
        assertEquals("\u221250,000 USD", CompareFixture.text(robot, "compare-delta-peopleCost"));
        assertEquals("\u2212215,000 USD", CompareFixture.text(robot, "compare-delta-toolCost"));
        assertEquals("\u22122.2 pts", CompareFixture.text(robot, "compare-delta-martechShare"));
        assertEquals("+3", CompareFixture.text(robot, "compare-delta-openFte"));
        assertEquals("+1", CompareFixture.text(robot, "compare-delta-unownedTools"));
        assertEquals("\u2212215,000 USD", CompareFixture.text(robot, "compare-figure-toolCost"), "a key figure too");
        assertEquals("+3", CompareFixture.text(robot, "compare-figure-tools"));
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> "Plan and budget".equals(l.getText())));
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> "Tools without an owner".equals(l.getText())));
    }

    private CompareView view() {
        return (CompareView) window.workspace().madeView(WorkspaceView.COMPARE);
    }
}
