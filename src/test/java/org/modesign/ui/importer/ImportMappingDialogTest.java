package org.modesign.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.importer.PreviewRow;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.starter.NewDesigns;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The column → field chooser, the suggested archetypes and the new scenario of the import dialog:
 * a changed mapping previews again and is remembered for the same headers; an archetype changed in
 * a row or all suggestions accepted go into the import; the import can be a new scenario.
 */
@ExtendWith(ApplicationExtension.class)
class ImportMappingDialogTest extends ImportDialogFixture {

    private static final String CSV = """
            Business Title,Job Profile,Worker,Department,Reports To
            Head of Marketing,Marketing Leader,Ann Lee,Marketing,
            Data Analyst,Analyst,Bob Stone,Marketing Operations,Ann Lee
            Office Coordinator,Coordinator,Cy Young,Marketing Operations,Bob Stone
            """;

    private static final Design INITIAL = NewDesigns.standard("Plan", "Today", "Scenario 1");

    ImportMappingDialogTest() {
        super(INITIAL);
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aChangedMappingPreviewsAgainAndIsRememberedForTheSameHeaders(FxRobot robot) throws Exception {
        open(robot, write("a.csv", CSV));
        assertEquals(List.of("Head of Marketing", "Data Analyst", "Office Coordinator"), titles(robot));
        choose(robot, 1, "Title");
        assertEquals(List.of("Marketing Leader", "Analyst", "Coordinator"), titles(robot), "titles from Job Profile");
        assertEquals("Not used", combo(robot, 0).getValue().toString(), "Business Title gave up the title");
        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(document.scenario().nodes().stream().anyMatch(n -> n.label().equals("Marketing Leader")));

        String reordered = "Reports To,Worker,Job Profile,Business Title,Department\n,Dee Park,Planner,Lead planner,"
                + "Events\n";
        open(robot, write("b.csv", reordered));
        assertEquals("Title", combo(robot, 2).getValue().toString(), "the same headers in another order");
        assertEquals(List.of("Planner"), titles(robot));
        robot.clickOn("#import-cancel");
    }

    @Test
    void archetypesAreSuggestedChangedPerRowAndAcceptedAll(FxRobot robot) throws Exception {
        open(robot, write("a.csv", CSV));
        TableView<PreviewRow> rows = rows(robot);
        assertEquals(List.of(true, true, false), rows.getItems().stream().map(PreviewRow::suggested).toList(),
                "Office Coordinator suggests nothing");
        ComboBox<Archetype> analyst = archetypeBox(robot, 3);
        robot.interact(() -> analyst.getSelectionModel().select(Archetype.MAESTRO));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(true, false, false), rows(robot).getItems().stream().map(PreviewRow::suggested).toList());
        robot.clickOn("#import-accept-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rows(robot).getItems().stream().noneMatch(PreviewRow::suggested));
        assertFalse(robot.lookup("#import-accept-all").tryQuery().isPresent(), "nothing left to accept");
        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Archetype.LEADER, Archetype.MAESTRO, Archetype.MARKETER), document.scenario().nodes()
                .stream().filter(n -> n instanceof Role).map(n -> ((Role) n).archetype()).toList());
    }

    @Test
    void theImportCanBeANewScenario(FxRobot robot) throws Exception {
        open(robot, write("a.csv", CSV));
        robot.clickOn("#import-new-scenario");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#import-confirm").queryButton()
                .isDisabled());
        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        List<Scenario> scenarios = document.design().scenarios();
        assertEquals(List.of("Scenario 1", "As-is"), scenarios.stream().map(Scenario::name).toList());
        assertEquals(INITIAL.scenarios().get(0), scenarios.get(0), "the scenario on screen is unchanged");
        assertEquals(scenarios.get(1).id(), document.scenario().id(), "the new scenario is shown");
        assertEquals(4, document.scenario().nodes().stream().filter(n -> !(n instanceof Role)).count(),
                "the CEO, the CMO and two teams");
        robot.interact(document::undo);
        assertEquals(INITIAL, document.design(), "one undo takes it back");
    }

    private static void choose(FxRobot robot, int column, String field) throws TimeoutException {
        ComboBox<MappingChooser.FieldItem> box = combo(robot, column);
        robot.interact(() -> box.getSelectionModel().select(box.getItems().stream()
                .filter(i -> i.toString().equals(field)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#import-confirm").queryButton()
                .isDisabled());
    }

    private static List<String> titles(FxRobot robot) {
        return rows(robot).getItems().stream().map(r -> r.role().title()).toList();
    }

    /** The archetype chooser of the row on {@code line}. */
    @SuppressWarnings("unchecked")
    private static ComboBox<Archetype> archetypeBox(FxRobot robot, int line) {
        return robot.lookup(".import-archetype").queryAllAs(ComboBox.class).stream()
                .filter(box -> box.getParent().getParent() instanceof TableCell<?, ?> cell && cell.getItem()
                        instanceof PreviewRow row && row.line() == line)
                .findFirst().orElseThrow();
    }
}
