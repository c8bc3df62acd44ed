package org.modesign.ui.compare;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.modesign.analysis.SideBySide;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The editor window on a small one-scenario design, for tests that drive the comparison. */
final class CompareFixture {

    final FakeDialogs dialogs = new FakeDialogs();
    final DocumentModel document = new DocumentModel(design(), null);
    final EditorContext context = new EditorContext(document, dialogs);
    final AtomicReference<String> status = new AtomicReference<>("");
    final MainWindow window;

    CompareFixture(Stage stage) {
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        context.setStatusMessages(status::set);
        stage.setScene(window.createScene(1200, 780));
        stage.show();
        window.focusChart();
    }

    /**
     * Regions EMEA; data (platform, global) and campaigns (expression, per region); phases
     * p1 "Foundation" (data) and p2 "Scale" (data, campaigns). Scenario "central": CEO ← CMO ←
     * Martech CoE ∋ Data analyst (A data) and Campaign manager (A campaigns), all global.
     */
    static Design design() {
        List<Capability> capabilities = List.of(
                new Capability("data", "Monitor data quality", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER),
                new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.PER_REGION,
                        Archetype.MARKETER));
        Role analyst = Role.of("analyst", "Data analyst", Archetype.MODELER, 0, 360).withTeam("coe")
                .withResponsibilities(List.of(new Responsibility("data", Raci.A)));
        Role marketer = Role.of("marketer", "Campaign manager", Archetype.MARKETER, 200, 360).withTeam("coe")
                .withResponsibilities(List.of(new Responsibility("campaigns", Raci.A)));
        Scenario central = new Scenario("central", "Centralized", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 120),
                new Team("coe", "Martech CoE", null, null, null, 0, 240), analyst, marketer),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID)));
        return new Design("Compare fixture", "", Settings.DEFAULTS, List.of(new Region("emea", "EMEA")),
                capabilities, List.of(new Phase("p1", "Foundation", List.of("data")),
                        new Phase("p2", "Scale", List.of("data", "campaigns"))), List.of(central));
    }

    /** The comparison view, made when first shown. */
    CompareView view() {
        return (CompareView) window.workspace().madeView(WorkspaceView.COMPARE);
    }

    /** Waits until the view shows a comparison that {@code test} accepts, and returns it. */
    SideBySide awaitComparison(Predicate<SideBySide> test) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view() != null
                && view().comparisonProperty().get() != null && test.test(view().comparisonProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        return view().comparisonProperty().get();
    }

    /** The text of the label of this id in the report. */
    static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }
}
