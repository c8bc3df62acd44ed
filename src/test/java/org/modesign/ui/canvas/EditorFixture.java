package org.modesign.ui.canvas;

import java.util.List;
import javafx.geometry.Point2D;
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
import org.modesign.render.Rect;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.shell.MainWindow;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;

/** The editor window on a small design, for tests that drive the chart with a robot. */
final class EditorFixture {

    final FakeDialogs dialogs = new FakeDialogs();
    final DocumentModel document;
    final EditorContext context;
    final MainWindow window;

    EditorFixture(Stage stage) {
        this(stage, design());
    }

    EditorFixture(Stage stage, Design design) {
        document = new DocumentModel(design, null);
        context = new EditorContext(document, dialogs);
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.focusChart();
    }

    /** CEO ← CMO ← Martech CoE (team) ∋ Data analyst, who is accountable for data quality. */
    static Design design() {
        Capability data = new Capability("data", "Monitor data quality", Layer.PLATFORM, Scope.GLOBAL,
                Archetype.MODELER);
        Role analyst = Role.of("analyst", "Data analyst", Archetype.MODELER, 0, 360).withTeam("coe")
                .withResponsibilities(List.of(new Responsibility("data", Raci.A)));
        Scenario s = new Scenario("central", "Centralized", Strategy.CENTRALIZED, List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 120),
                new Team("coe", "Martech CoE", null, null, null, 0, 240),
                analyst),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID)));
        return new Design("Fixture", "", Settings.DEFAULTS, List.<Region>of(), List.of(data),
                List.of(new Phase("p1", "Phase 1", List.of("data"))), List.of(s));
    }

    ChartView chart() {
        return window.chart();
    }

    Scenario scenario() {
        return document.scenario();
    }

    /** Screen point of the centre of the card of {@code id}. */
    Point2D centreOf(String id) {
        Rect card = chart().scene().card(chart().scene().indexOf(id));
        return screen(card.centerX(), card.centerY());
    }

    /** Screen point of the connection handle of the card of {@code id} (middle of its top edge). */
    Point2D handleOf(String id) {
        Rect card = chart().scene().card(chart().scene().indexOf(id));
        return screen(card.centerX(), card.y());
    }

    Point2D screen(double worldX, double worldY) {
        var v = chart().viewport();
        return chart().localToScreen(v.toScreenX(worldX), v.toScreenY(worldY));
    }

}
