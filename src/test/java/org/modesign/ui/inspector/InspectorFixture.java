package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.modesign.edit.LineKey;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.file.FakeDialogs;
import org.modesign.ui.document.DocumentModel;
import org.testfx.api.FxRobot;

/**
 * A small design shown in an inspector, and the steps the inspector's tests share: select, type,
 * pick from a drop-down, read the design back.
 */
final class InspectorFixture {

    static final String SCENARIO = "central";

    final EditorContext context;
    final InspectorView view;
    final FakeDialogs dialogs = new FakeDialogs();
    final AtomicReference<String> status = new AtomicReference<>("");

    private InspectorFixture(Stage stage, Design design) {
        context = new EditorContext(new DocumentModel(design, null), dialogs);
        context.setStatusMessages(status::set);
        view = new InspectorView(context);
        stage.setScene(new Scene(view, InspectorView.PREFERRED_WIDTH, 700));
        stage.show();
    }

    /** Shows the small design of {@link #design()} in an inspector on {@code stage}. */
    static InspectorFixture show(Stage stage) {
        return new InspectorFixture(stage, design());
    }

    /** Shows {@code design} in an inspector on {@code stage}. */
    static InspectorFixture show(Stage stage, Design design) {
        return new InspectorFixture(stage, design);
    }

    /**
     * Regions EMEA and APAC; capabilities campaigns, stack, data; phases p1..p3; in scenario
     * "central" the executives ceo and cmo, team coe, roles r1 (leader in coe, A on stack), r2
     * (marketer in EMEA, R on campaigns) and r3 (modeler), and lines cmo→ceo, coe→cmo, r1→coe
     * solid and r2→cmo dotted.
     */
    static Design design() {
        List<Node> nodes = List.of(
                new Executive("ceo", Office.CEO, "CEO", 400, 0),
                new Executive("cmo", Office.CMO, "CMO", 400, 120),
                new Team("coe", "Martech CoE", null, null, null, 300, 260),
                new Role("r1", "Martech architect", Archetype.LEADER, "coe", null, 1, Sourcing.IN_HOUSE, null, null,
                        List.of(new Responsibility("stack", Raci.A)), 320, 300),
                new Role("r2", "Campaign manager", Archetype.MARKETER, null, "emea", 1, Sourcing.AGENCY, null, null,
                        List.of(new Responsibility("campaigns", Raci.R)), 500, 300),
                Role.of("r3", "Data analyst", Archetype.MODELER, 600, 300));
        List<Line> lines = List.of(
                new Line("cmo", "ceo", LineStyle.SOLID),
                new Line("coe", "cmo", LineStyle.SOLID),
                new Line("r1", "coe", LineStyle.SOLID),
                new Line("r2", "cmo", LineStyle.DOTTED));
        return new Design("Acme", "Two ways to organise.", Settings.DEFAULTS,
                List.of(new Region("emea", "EMEA"), new Region("apac", "APAC")),
                List.of(new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.PER_REGION,
                                Archetype.MARKETER),
                        new Capability("stack", "Architect the martech stack", Layer.PLATFORM, Scope.GLOBAL,
                                Archetype.LEADER),
                        new Capability("data", "Keep data clean", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER)),
                List.of(new Phase("p1", "Foundation", List.of("campaigns")),
                        new Phase("p2", "Data platform", List.of("stack")),
                        new Phase("p3", "Scale", List.of("data"))),
                List.of(new Scenario(SCENARIO, "Centralized CoE", Strategy.CENTRALIZED, nodes, lines)));
    }

    Design current() {
        return context.document().design();
    }

    Scenario scenario() {
        return context.document().scenario();
    }

    Node card(String id) {
        return scenario().node(id).orElseThrow();
    }

    Role role(String id) {
        return (Role) card(id);
    }

    Line line(String from, String to) {
        LineKey key = new LineKey(from, to);
        return scenario().lines().stream().filter(key::matches).findFirst().orElse(null);
    }

    String undoText() {
        return context.document().undoTextProperty().get();
    }

    void select(FxRobot robot, String... ids) {
        robot.interact(() -> context.selection().selectNodes(Set.of(ids)));
        waitForFxEvents();
    }

    void selectLine(FxRobot robot, String from, String to) {
        robot.interact(() -> context.selection().selectLine(new LineKey(from, to)));
        waitForFxEvents();
    }

    void undo(FxRobot robot) {
        robot.interact(() -> context.document().undo());
        waitForFxEvents();
    }

    void redo(FxRobot robot) {
        robot.interact(() -> context.document().redo());
        waitForFxEvents();
    }

    static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    /** Whether node {@code id} is in the inspector and it and every parent of it are visible. */
    static boolean visible(FxRobot robot, String id) {
        javafx.scene.Node node = robot.lookup(id).tryQuery().orElse(null);
        while (node != null && node.isVisible() && !(node instanceof InspectorView)) {
            node = node.getParent();
        }
        return node instanceof InspectorView && node.isVisible();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    /** Replaces the text of field {@code id} by typing {@code text} (nothing is committed yet). */
    static void typeOver(FxRobot robot, String id, String text) {
        reveal(robot, id);
        TextField field = field(robot, id);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write(text, 0);
    }

    /** Scrolls the inspector so that node {@code id} is in view. */
    static void reveal(FxRobot robot, String id) {
        javafx.scene.Node node = robot.lookup(id).query();
        InspectorView view = robot.lookup((javafx.scene.Node n) -> n instanceof InspectorView).query();
        robot.interact(() -> {
            javafx.scene.Node content = view.getContent();
            double top = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - view.getViewportBounds().getHeight();
            if (room > 0) {
                view.setVvalue(Math.max(0, Math.min(1, (top - 40) / room)));
            }
        });
        waitForFxEvents();
    }

    /** Scrolls node {@code id} into view and clicks it. */
    static void click(FxRobot robot, String id) {
        reveal(robot, id);
        robot.clickOn(id);
        waitForFxEvents();
    }

    /** Opens drop-down {@code id} and clicks the entry reading {@code entry}. */
    static void pick(FxRobot robot, String id, String entry) {
        reveal(robot, id);
        robot.clickOn(id);
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> entry.equals(c.getText()) && c.isVisible())
                .queryAs(ListCell.class);
        robot.clickOn(cell);
        waitForFxEvents();
    }

    /** Asserts that every text of the inspector was found in the bundle (I18n shows "!key!" otherwise). */
    void assertAllTextsKnown(FxRobot robot) {
        for (javafx.scene.Node node : robot.from(view).lookup((javafx.scene.Node n) -> n instanceof Labeled)
                .queryAll()) {
            String text = ((Labeled) node).getText();
            assertFalse(text != null && text.startsWith("!") && text.endsWith("!"), "missing bundle key " + text);
        }
        for (ComboBox<?> combo : robot.from(view).lookup(".combo-box").queryAllAs(ComboBox.class)) {
            String prompt = combo.getPromptText();
            assertFalse(prompt != null && prompt.startsWith("!"), "missing bundle key " + prompt);
        }
    }
}
