package org.modesign.ui.matrix;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
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
import org.modesign.ui.inspector.InspectorView;
import org.modesign.ui.workspace.WorkspaceView;
import org.testfx.util.WaitForAsyncUtils;

/** The editor window, with its inspector, on a small design, for tests that drive the matrix. */
final class MatrixFixture {

    static final String SCENARIO = "central";

    final DocumentModel document = new DocumentModel(design(), null);
    final EditorContext context = new EditorContext(document, new FakeDialogs());
    final MainWindow window;

    MatrixFixture(Stage stage) {
        this(stage, 1200, 800);
    }

    /** The editor in {@code stage}, its scene {@code width × height}. */
    MatrixFixture(Stage stage, double width, double height) {
        window = new MainWindow(context, new InspectorView(context), new Menu("Recent"));
        stage.setScene(window.createScene(width, height));
        stage.show();
        window.focusChart();
    }

    /**
     * CEO ← CMO ← Martech CoE ∋ Data analyst (A on data quality) and Web developer (from phase
     * 2); a campaign manager without a team. Data quality (platform) is required in both phases;
     * websites (expression) in none.
     */
    static Design design() {
        Capability data = new Capability("data", "Monitor data quality", Layer.PLATFORM, Scope.GLOBAL,
                Archetype.MODELER);
        Capability web = new Capability("web", "Build websites", Layer.EXPRESSION, Scope.GLOBAL, Archetype.MAKER);
        Role analyst = Role.of("analyst", "Data analyst", Archetype.MODELER, 0, 360).withTeam("coe")
                .withResponsibilities(List.of(new Responsibility("data", Raci.A)));
        Role developer = Role.of("developer", "Web developer", Archetype.MAKER, 200, 360).withTeam("coe")
                .withPhases("p2", null);
        Role campaigns = Role.of("campaigns", "Campaign manager", Archetype.MARKETER, 400, 240);
        Scenario s = new Scenario(SCENARIO, "Centralized", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 120),
                new Team("coe", "Martech CoE", null, null, null, 0, 240),
                analyst, developer, campaigns),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID),
                        new Line("campaigns", "cmo", LineStyle.SOLID)));
        return new Design("Fixture", "", Settings.DEFAULTS, List.<Region>of(), List.of(data, web),
                List.of(new Phase("p1", "Phase 1", List.of("data")), new Phase("p2", "Phase 2", List.of("data"))),
                List.of(s));
    }

    RaciMatrixView matrix() {
        return (RaciMatrixView) window.workspace().madeView(WorkspaceView.MATRIX);
    }

    WorkspaceView shown() {
        return window.workspace().currentProperty().get();
    }

    Role role(String id) {
        return (Role) document.scenario().node(id).orElseThrow();
    }

    /** The letter the inspector's responsibilities table shows for {@code capability}, if any. */
    Optional<Object> inspectorLetter(String capability) {
        return window.statusBar().getScene().getRoot().lookupAll(".inspector-raci-choice").stream()
                .map(n -> (ComboBox<?>) n).filter(c -> capability.equals(c.getUserData()))
                .map(c -> (Object) c.getValue()).findFirst();
    }

    /** The screen point in the middle of the cell of role {@code roleId} and capability {@code capabilityId}. */
    Point2D cell(String capabilityId, String roleId) {
        MatrixCanvas canvas = matrix().canvas();
        MatrixGeometry geo = canvas.content().geometry();
        int row = canvas.content().grid().rowOf(capabilityId);
        int column = canvas.content().grid().columnOf(roleId);
        return canvas.localToScreen(geo.rowHeaderWidth() + geo.columnLeft(column) + MatrixGeometry.CELL_WIDTH / 2
                - canvas.scrollX(), geo.columnHeaderHeight() + geo.rowTop(row) + MatrixGeometry.ROW_HEIGHT / 2
                - canvas.scrollY());
    }

    /** Waits until the status column says {@code words} for {@code capabilityId}. */
    void awaitStatus(String capabilityId, String words) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> words.equals(matrix().statusText(capabilityId))).get());
    }
}
