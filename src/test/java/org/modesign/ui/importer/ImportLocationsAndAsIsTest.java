package org.modesign.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.importer.LocationMatch;
import org.modesign.model.Design;
import org.modesign.starter.NewDesigns;
import org.modesign.ui.i18n.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog for a file whose titles are not found (it opens with the column chooser, not an
 * error), its table of locations and regions (a region chosen for a location goes into the import),
 * and an import into a new design, which becomes its as-is ("Today", "As-is") in one undoable step.
 */
@ExtendWith(ApplicationExtension.class)
class ImportLocationsAndAsIsTest extends ImportDialogFixture {

    private static final String PEOPLE = """
            Business Title,Worker,Location,Reports To
            Head of Marketing,Ann Lee,Munich,
            Data Analyst,Bob Stone,"Austin, TX",Ann Lee
            Campaign Manager,Cy Young,Atlantis,Ann Lee
            """;

    private static final Design FRESH = NewDesigns.standard("Untitled design", "Phase 1", "Scenario 1");

    ImportLocationsAndAsIsTest() {
        super(FRESH);
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void aFileWithoutATitleColumnOpensTheChooserAndImportsOnceATitleIsChosen(FxRobot robot) throws Exception {
        dialogs.filesToOpen.add(Optional.of(write("codes.csv", "Code,Amount\nQ-100,3\nQ-200,4\n")));
        robot.interact(controller::importRoles);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-map-0").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.isEmpty(), "no error dialog: " + dialogs.errors);
        assertTrue(robot.lookup("#import-confirm").queryButton().isDisabled(), "nothing to import yet");
        ComboBox<MappingChooser.FieldItem> code = combo(robot, 0);
        robot.interact(() -> code.getSelectionModel().select(code.getItems().stream()
                .filter(i -> i.toString().equals("Title")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-rows").tryQuery().isPresent());
        assertEquals(List.of("Q-100", "Q-200"), rows(robot).getItems().stream().map(r -> r.role().title()).toList());
        robot.clickOn("#import-cancel");
    }

    @Test
    void aRegionChosenForALocationGoesIntoTheImport(FxRobot robot) throws Exception {
        open(robot, write("people.csv", PEOPLE));
        TableView<LocationMatch> locations = locations(robot);
        assertEquals(List.of("Atlantis", "Munich", "Austin, TX"),
                locations.getItems().stream().map(LocationMatch::location).toList());
        assertEquals("Europe", locations.getItems().get(1).region());
        assertNull(locations.getItems().get(0).region(), "the table does not know Atlantis: listed first");
        assertNull(region(robot, "Campaign Manager"));

        commit(robot, locations, 0, "Europe");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> locations(robot).getItems().stream().allMatch(m -> m.region() != null));
        assertEquals("Europe", region(robot, "Campaign Manager"));
        robot.clickOn("#import-cancel");
    }

    @Test
    void anImportIntoANewDesignMakesItsAsIsInOneStep(FxRobot robot) throws Exception {
        open(robot, write("people.csv", PEOPLE));
        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(I18n.tr("import.asIs.phase"), document.design().phases().get(0).name());
        assertEquals(I18n.tr("import.asIs.scenario"), document.scenario().name());
        assertEquals(3, document.scenario().nodes().stream().filter(n -> n instanceof org.modesign.model.Role).count());
        robot.interact(document::undo);
        assertEquals(FRESH, document.design(), "one undo takes the import and the names back");
    }

    @Test
    void anImportIntoADesignWithRolesKeepsItsNames(FxRobot robot) throws Exception {
        open(robot, write("people.csv", PEOPLE));
        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> context.edit(new org.modesign.edit.RenameScenario(document.scenario().id(), "Mine")));
        open(robot, write("more.csv", "Title\nBrand Manager\n"));
        robot.clickOn("#import-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Mine", document.scenario().name(), "a design with roles is not renamed");
    }

    private static void commit(FxRobot robot, TableView<LocationMatch> table, int row, String region) {
        @SuppressWarnings("unchecked")
        TableColumn<LocationMatch, String> column = (TableColumn<LocationMatch, String>) table.getColumns().get(1);
        robot.interact(() -> Event.fireEvent(column, new TableColumn.CellEditEvent<>(table,
                new TablePosition<>(table, row, column), TableColumn.editCommitEvent(), region)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String region(FxRobot robot, String title) {
        return rows(robot).getItems().stream().filter(r -> r.role().title().equals(title)).findFirst()
                .orElseThrow().region();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LocationMatch> locations(FxRobot robot) {
        return robot.lookup("#import-locations").queryAs(TableView.class);
    }
}
