package org.modesign.ui.planview;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.modesign.format.DesignReader;
import org.modesign.model.Design;
import org.modesign.starter.BundledSamples;
import org.modesign.ui.analysis.PlanFigures;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The editor window on a design (by default the bundled "MO from chaos" sample), for tests of the plan view. */
final class PlanFixture {

    final FakeDialogs dialogs = new FakeDialogs();
    final DocumentModel document;
    final EditorContext context;
    final AtomicReference<String> status = new AtomicReference<>("");
    final MainWindow window;

    PlanFixture(Stage stage) {
        this(stage, chaos());
    }

    PlanFixture(Stage stage, Design design) {
        document = new DocumentModel(design, null);
        context = new EditorContext(document, dialogs);
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        context.setStatusMessages(status::set);
        stage.setScene(window.createScene(1240, 800));
        stage.show();
        window.focusChart();
    }

    /** "Vantage Instruments: building marketing operations from chaos", as bundled. */
    static Design chaos() {
        return new DesignReader().parse(BundledSamples.read("mops-from-chaos.modesign")).design();
    }

    /** The plan view, made when first shown. */
    PlanView view() {
        return (PlanView) window.workspace().madeView(WorkspaceView.PLAN);
    }

    /** Waits until the view shows a plan that {@code test} accepts and the list shows it, and returns it. */
    PlanFigures await(Predicate<PlanFigures> test) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view() != null
                && view().figuresProperty().get() != null && test.test(view().figuresProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        return view().figuresProperty().get();
    }

    /** Waits for a plan of the design the document holds now. */
    PlanFigures awaitCurrent() throws TimeoutException {
        return await(f -> f.design() == document.design());
    }

    @SuppressWarnings("unchecked")
    ListView<PlanRow> list(FxRobot robot) {
        return robot.lookup("#plan-list").queryAs(ListView.class);
    }

    /** The rows of {@code phase} in {@code group}: the entries' texts. */
    List<String> entries(FxRobot robot, String phase, PlanRow.Group group) {
        return list(robot).getItems().stream().filter(r -> r instanceof PlanRow.Entry e && e.phase().equals(phase)
                && e.group() == group).map(r -> ((PlanRow.Entry) r).text()).toList();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }
}
