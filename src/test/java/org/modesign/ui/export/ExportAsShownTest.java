package org.modesign.ui.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.layout.Folding;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.render.ChartLabels;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.canvas.FoldMemory;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.i18n.I18n;
import org.modesign.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export ▸ Chart of a chart with a collapsed branch: the dialog offers the chart as shown
 * (the default: the branch as its roll-up card) or everything expanded, and the file says so.
 */
@ExtendWith(ApplicationExtension.class)
class ExportAsShownTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("org/modesign/test-" + UUID.randomUUID());
    private final FakeDialogs dialogs = new FakeDialogs();
    private EditorContext context;
    private MainWindow window;
    private String collapsed;
    private final List<String> folded = new ArrayList<>();
    private int rolesFolded;

    @Start
    void start(Stage stage) {
        Design sample = new DesignReader().parse(BundledSamples.read("mops-supporting-marketing.modesign")).design();
        context = new EditorContext(new DocumentModel(sample, null), dialogs);
        window = new MainWindow(context, new Region(), new Menu("Recent"));
        window.chart().folds().useMemory(new FoldMemory(node));
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        Scenario scenario = sample.scenarios().get(0);
        Folding folding = Folding.of(scenario);
        for (int v = 0; v < folding.size() && collapsed == null; v++) {
            if (folding.parent(v) < 0 && !folding.foldableReports(folding.id(v)).isEmpty()) {
                collapsed = folding.foldableReports(folding.id(v)).get(0);
            }
        }
        Folding.Folded fold = folding.fold(Set.of(collapsed));
        for (int v = 0; v < folding.size(); v++) {
            if (fold.hidden(v)) {
                folded.add(scenario.nodes().get(v).label());
                rolesFolded += scenario.nodes().get(v) instanceof Role ? 1 : 0;
            }
        }
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void asShownIsTheDefaultAndDrawsTheRollUpInsteadOfTheBranch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.chart().folds().collapse(List.of(collapsed)));
        String svg = export(robot, "shown.svg", null);
        assertTrue(svg.contains(">" + ChartLabels.ENGLISH.roles(rolesFolded)), "the roll-up's roles: " + rolesFolded);
        for (String title : folded) {
            assertFalse(svg.contains(">" + title + "<"), title + " is folded away");
        }
    }

    @Test
    void everythingExpandedDrawsTheFoldedCards(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> window.chart().folds().collapse(List.of(collapsed)));
        String svg = export(robot, "expanded.svg", "#export-folds-expanded");
        assertFalse(svg.contains(">" + ChartLabels.ENGLISH.roles(rolesFolded)), "no roll-up");
        String flat = svg.replaceAll("<[^>]*>", " ").replaceAll("\\s+", "");
        for (String title : folded) {
            assertTrue(flat.contains(title.replaceAll("\\s+", "")), title + " is drawn");
        }
    }

    @Test
    void withNothingFoldedTheDialogDoesNotAsk(FxRobot robot) throws Exception {
        Platform.runLater(() -> context.actions().run(EditorAction.EXPORT_IMAGE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#export-format-svg").query();
        assertTrue(robot.lookup("#export-folds-shown").tryQuery().isEmpty(), "no choice to make");
        robot.clickOn(I18n.tr("dialog.button.cancel"));
    }

    /** Exports the chart as SVG through the dialog, clicking {@code option} first when given; the file's text. */
    private String export(FxRobot robot, String name, String option) throws Exception {
        Path out = dir.resolve(name);
        dialogs.filesToSave.add(Optional.of(out));
        Platform.runLater(() -> context.actions().run(EditorAction.EXPORT_IMAGE));
        WaitForAsyncUtils.waitForFxEvents();
        RadioButton shown = robot.lookup("#export-folds-shown").queryAs(RadioButton.class);
        assertTrue(shown.isSelected(), "as shown is the default");
        robot.clickOn("#export-format-svg");
        if (option != null) {
            robot.clickOn(option);
        }
        robot.clickOn(I18n.tr("export.dialog.export"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(out));
        WaitForAsyncUtils.waitForFxEvents();
        return Files.readString(out);
    }
}
