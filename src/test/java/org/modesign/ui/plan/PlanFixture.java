package org.modesign.ui.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.ui.base.EditorContext;
import org.modesign.ui.document.DocumentModel;
import org.modesign.ui.file.FakeDialogs;
import org.testfx.api.FxRobot;

/** A small design shown in the catalogue, regions and phases view, and the steps its tests share. */
final class PlanFixture {

    final FakeDialogs dialogs = new FakeDialogs();
    final EditorContext context = new EditorContext(new DocumentModel(design(), null), dialogs);
    final AtomicReference<String> status = new AtomicReference<>("");
    final PlanView view;

    PlanFixture(Stage stage) {
        context.setStatusMessages(status::set);
        view = new PlanView(context);
        stage.setScene(new Scene(view, 1040, 600));
        stage.show();
    }

    /**
     * Regions EMEA and APAC; capabilities campaigns (per region), stack and data; phases p1
     * "Foundation" [campaigns], p2 "Data platform" [stack], p3 "Scale" [data]. Scenario "central":
     * CEO, CMO, team coe, r1 "Martech architect" (in coe, A on stack, p1..p2), r2 "Campaign manager"
     * (EMEA, R on campaigns). Scenario "local": CEO and team hub in APAC.
     */
    static Design design() {
        List<org.modesign.model.Node> central = List.of(
                new Executive("ceo", Office.CEO, "CEO", 400, 0),
                new Executive("cmo", Office.CMO, "CMO", 400, 120),
                new Team("coe", "Martech CoE", null, null, null, 300, 260),
                new Role("r1", "Martech architect", Archetype.LEADER, "coe", null, 1, Sourcing.IN_HOUSE, "p1", "p2",
                        List.of(new Responsibility("stack", Raci.A)), 320, 340),
                new Role("r2", "Campaign manager", Archetype.MARKETER, null, "emea", 1, Sourcing.AGENCY, null, null,
                        List.of(new Responsibility("campaigns", Raci.R)), 600, 340));
        List<org.modesign.model.Node> local = List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Team("hub", "APAC hub", "apac", null, null, 0, 120));
        return new Design("Acme", "", Settings.DEFAULTS,
                List.of(new Region("emea", "EMEA"), new Region("apac", "APAC")),
                List.of(new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.PER_REGION,
                                Archetype.MARKETER),
                        new Capability("stack", "Architect the martech stack", Layer.PLATFORM, Scope.GLOBAL,
                                Archetype.LEADER),
                        new Capability("data", "Keep data clean", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER)),
                List.of(new Phase("p1", "Foundation", List.of("campaigns")),
                        new Phase("p2", "Data platform", List.of("stack")),
                        new Phase("p3", "Scale", List.of("data"))),
                List.of(new Scenario("central", "Centralized", Strategy.CENTRALIZED, central, List.of(
                                new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID))),
                        new Scenario("local", "Local", Strategy.LOCAL_EXPRESSION, local, List.of())));
    }

    Design current() {
        return context.document().design();
    }

    Role role(String id) {
        return (Role) current().scenario("central").orElseThrow().node(id).orElseThrow();
    }

    String undoText() {
        return context.document().undoTextProperty().get();
    }

    void tab(FxRobot robot, PlanTab tab) {
        robot.interact(() -> view.select(tab));
        waitForFxEvents();
    }

    void undo(FxRobot robot) {
        robot.interact(() -> context.document().undo());
        waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    /** Selects row {@code row} of table {@code id}. */
    static void selectRow(FxRobot robot, String id, int row) {
        TableView<?> table = table(robot, id);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
        waitForFxEvents();
    }

    /** The cell of table {@code id} at {@code row} and {@code column}, as shown. */
    static TableCell<?, ?> cell(FxRobot robot, String id, int row, int column) {
        TableView<?> table = table(robot, id);
        return robot.from(table).lookup(".table-cell").match((TableCell<?, ?> c) -> c.getIndex() == row
                && c.getTableColumn() == table.getColumns().get(column) && c.isVisible()).query();
    }

    /** The text cell of table {@code id} at {@code row} and {@code column}. */
    static String text(FxRobot robot, String id, int row, int column) {
        waitForFxEvents();
        TableView<?> table = table(robot, id);
        robot.interact(table::layout);
        return ((Labeled) cell(robot, id, row, column)).getText();
    }

    void redo(FxRobot robot) {
        robot.interact(() -> context.document().redo());
        waitForFxEvents();
    }

    /** Double-clicks the name cell of {@code row}, types {@code text} over it and presses Enter. */
    static void rename(FxRobot robot, String id, int row, String text) {
        type(robot, id, row, 0, text);
    }

    /** Double-clicks the cell ({@code row}, {@code column}), types {@code text} over it and presses Enter. */
    static void type(FxRobot robot, String id, int row, int column, String text) {
        robot.doubleClickOn(cell(robot, id, row, column));
        waitForFxEvents();
        robot.press(KeyCode.SHORTCUT, KeyCode.A)
                .release(KeyCode.A, KeyCode.SHORTCUT);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text, 0);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
    }

    /** Opens the drop-down in cell ({@code row}, {@code column}) of table {@code id} and picks {@code entry}. */
    static void pick(FxRobot robot, String id, int row, int column, String entry) {
        Node combo = cell(robot, id, row, column).getGraphic();
        robot.clickOn(combo);
        ListCell<?> item = robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> entry.equals(c.getText()) && c.isVisible()).queryAs(ListCell.class);
        robot.clickOn(item);
        waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> comboIn(FxRobot robot, String id, int row, int column) {
        return (ComboBox<T>) cell(robot, id, row, column).getGraphic();
    }

    /** Asserts that every text shown was found in the bundle (I18n shows "!key!" otherwise). */
    void assertAllTextsKnown(FxRobot robot) {
        for (Node node : robot.from(view).lookup((Node n) -> n instanceof Labeled).queryAll()) {
            String text = ((Labeled) node).getText();
            assertFalse(text != null && text.startsWith("!") && text.endsWith("!"), "missing bundle key " + text);
        }
    }
}
