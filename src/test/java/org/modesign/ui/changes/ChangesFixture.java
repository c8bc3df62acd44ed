package org.modesign.ui.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.modesign.format.DesignWriter;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.shell.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/** The editor window on a small design, for the tests of compare and merge. */
final class ChangesFixture {

    final FakeDialogs dialogs = new FakeDialogs();
    final DocumentModel document;
    final EditorContext context;
    final MainWindow window;
    String status = "";

    ChangesFixture(Stage stage, Design design, Path file) {
        document = new DocumentModel(design, file);
        context = new EditorContext(document, dialogs);
        context.setStatusMessages(s -> status = s);
        window = new MainWindow(context, new javafx.scene.layout.Region(), new Menu("Recent"));
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.focusChart();
    }

    /** CEO ← CMO ← Martech CoE ∋ Data analyst (a), Campaign manager (b), Web developer (c). */
    static Design base() {
        List<Node> nodes = List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 120),
                new Team("coe", "Martech CoE", null, null, null, 0, 240),
                Role.of("a", "Data analyst", Archetype.MODELER, 0, 360).withTeam("coe"),
                Role.of("b", "Campaign manager", Archetype.MARKETER, 260, 360).withTeam("coe"),
                Role.of("c", "Web developer", Archetype.MAKER, 520, 360).withTeam("coe"));
        Scenario s = new Scenario("central", "Centralized", Strategy.CENTRALIZED, nodes,
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID)));
        return new Design("Changes fixture", "", Settings.DEFAULTS, List.<Region>of(), List.of(),
                List.of(new Phase("p1", "Phase 1", List.of())), List.of(s));
    }

    /** {@code design} with role {@code id} changed by {@code change}. */
    static Design role(Design design, String id, UnaryOperator<Role> change) {
        Scenario s = design.scenarios().get(0);
        return design.withScenario(0, s.withNodes(s.nodes().stream()
                .map(n -> n.id().equals(id) ? change.apply((Role) n) : n).toList()));
    }

    static Design without(Design design, String id) {
        Scenario s = design.scenarios().get(0);
        return design.withScenario(0, s.withNodes(s.nodes().stream().filter(n -> !n.id().equals(id)).toList()));
    }

    static Design with(Design design, Node node) {
        Scenario s = design.scenarios().get(0);
        List<Node> nodes = new java.util.ArrayList<>(s.nodes());
        nodes.add(node);
        return design.withScenario(0, s.withNodes(nodes));
    }

    static Path save(Design design, Path file) {
        try {
            new DesignWriter().save(design, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Changes changes() {
        return window.changes();
    }

    static <T> T fx(Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }

    static void fx(Runnable task) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }
}
