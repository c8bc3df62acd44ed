package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.inspector.InspectorFixture.click;
import static org.modesign.ui.inspector.InspectorFixture.combo;
import static org.modesign.ui.inspector.InspectorFixture.reveal;
import static org.modesign.ui.inspector.InspectorFixture.field;
import static org.modesign.ui.inspector.InspectorFixture.pick;
import static org.modesign.ui.inspector.InspectorFixture.text;
import static org.modesign.ui.inspector.InspectorFixture.typeOver;
import static org.modesign.ui.inspector.InspectorFixture.visible;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** People and staffing in the inspector: staffing, person, cost, FTE changes, letter spans, alsoIn, team kind. */
@ExtendWith(ApplicationExtension.class)
class PeopleInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void markingARolePlannedChangesTheDesignAndUndoes(FxRobot robot) {
        fx.select(robot, "r3");
        assertEquals(Staffing.FILLED, combo(robot, "#inspector-staffing").getValue());
        fx.assertAllTextsKnown(robot);

        pick(robot, "#inspector-staffing", "Planned");
        assertEquals(Staffing.PLANNED, fx.role("r3").staffing());
        assertEquals("_Undo Set staffing", fx.undoText());

        fx.undo(robot);
        assertEquals(Staffing.FILLED, fx.role("r3").staffing());
        assertEquals(Staffing.FILLED, combo(robot, "#inspector-staffing").getValue());
    }

    @Test
    void aVacancyWithAPersonIsRefusedAtTheField(FxRobot robot) {
        fx.select(robot, "r3");
        typeOver(robot, "#inspector-person", "Ada Lovelace");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals("Ada Lovelace", fx.role("r3").person());

        pick(robot, "#inspector-staffing", "Open");
        assertEquals(Staffing.FILLED, fx.role("r3").staffing(), "a position with a person is filled");
        assertTrue(visible(robot, "#inspector-staffing-error"));
        assertEquals(Staffing.FILLED, combo(robot, "#inspector-staffing").getValue());
    }

    @Test
    void costIsTheRolesOwnOrEmptyForTheArchetypes(FxRobot robot) {
        fx.select(robot, "r1");
        assertEquals("", field(robot, "#inspector-cost").getText());
        typeOver(robot, "#inspector-cost", "90000");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals(90000.0, fx.role("r1").cost());

        typeOver(robot, "#inspector-cost", "");
        robot.type(KeyCode.BACK_SPACE, KeyCode.ENTER);
        waitForFxEvents();
        assertNull(fx.role("r1").cost());

        typeOver(robot, "#inspector-cost", "lots");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertTrue(visible(robot, "#inspector-cost-error"));
        assertNull(fx.role("r1").cost());
    }

    @Test
    void anFteChangeIsAddedChangedAndRemoved(FxRobot robot) {
        fx.select(robot, "r1");
        pick(robot, "#inspector-fte-change-phase", "Data platform");
        typeOver(robot, "#inspector-fte-change-fte", "2");
        click(robot, "#inspector-set-fte-change");
        waitForFxEvents();
        assertEquals(List.of(new FteChange("p2", 2)), fx.role("r1").fteChanges());
        TableView<FteChange> table = robot.lookup("#inspector-fte-changes").queryTableView();
        assertEquals(1, table.getItems().size());

        robot.interact(() -> table.getSelectionModel().select(0));
        typeOver(robot, "#inspector-fte-change-fte", "3");
        click(robot, "#inspector-set-fte-change");
        waitForFxEvents();
        assertEquals(List.of(new FteChange("p2", 3)), fx.role("r1").fteChanges());

        robot.interact(() -> table.getSelectionModel().select(0));
        click(robot, "#inspector-remove-fte-change");
        waitForFxEvents();
        assertEquals(List.of(), fx.role("r1").fteChanges());
        fx.undo(robot);
        assertEquals(List.of(new FteChange("p2", 3)), fx.role("r1").fteChanges());
    }

    @Test
    void aZeroFteChangeIsRefusedWithItsReason(FxRobot robot) {
        fx.select(robot, "r1");
        pick(robot, "#inspector-fte-change-phase", "Scale");
        typeOver(robot, "#inspector-fte-change-fte", "0");
        click(robot, "#inspector-set-fte-change");
        waitForFxEvents();
        assertEquals(List.of(), fx.role("r1").fteChanges());
        assertTrue(visible(robot, "#inspector-fte-change-error"));
    }

    @Test
    void aLettersUntilPhaseIsSet(FxRobot robot) {
        fx.select(robot, "r1");
        TableView<ResponsibilitiesEditor.Row> table = robot.lookup("#inspector-raci-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        pick(robot, "#inspector-letter-to", "Data platform");
        assertEquals(List.of(new Responsibility("stack", Raci.A, null, "p2")), fx.role("r1").responsibilities());
        assertEquals("until Data platform", table.getItems().get(0).span());
        assertEquals("Data platform", InspectorFixture.<Option>combo(robot, "#inspector-letter-to").getValue().label());

        fx.undo(robot);
        assertEquals(List.of(new Responsibility("stack", Raci.A)), fx.role("r1").responsibilities());
    }

    @Test
    void aRoleAlsoServesOnATeamAndLeavesIt(FxRobot robot) {
        fx.select(robot, "r2");
        pick(robot, "#inspector-also-in-team", "Martech CoE");
        click(robot, "#inspector-add-also-in");
        waitForFxEvents();
        assertEquals(List.of("coe"), fx.role("r2").alsoIn());
        ListView<Option> list = robot.lookup("#inspector-also-in").queryListView();
        assertEquals(List.of(new Option("coe", "Martech CoE")), list.getItems());

        robot.interact(() -> list.getSelectionModel().select(0));
        click(robot, "#inspector-remove-also-in");
        waitForFxEvents();
        assertEquals(List.of(), fx.role("r2").alsoIn());
        fx.undo(robot);
        assertEquals(List.of("coe"), fx.role("r2").alsoIn());
    }

    @Test
    void aTeamsKindIsSet(FxRobot robot) {
        fx.select(robot, "coe");
        assertEquals(TeamKind.DEPARTMENT, combo(robot, "#inspector-team-kind").getValue());
        pick(robot, "#inspector-team-kind", "Committee");
        assertEquals(TeamKind.COMMITTEE, ((Team) fx.card("coe")).kind());
        assertEquals("_Undo Set team kind", fx.undoText());
        fx.assertAllTextsKnown(robot);
    }

    @Test
    void anExecutiveHoldsResponsibilities(FxRobot robot) {
        fx.select(robot, "cmo");
        assertEquals("This executive holds no responsibilities yet.",
                robot.lookup("#inspector-raci-table .placeholder .label").queryLabeled().getText());
        pick(robot, "#inspector-add-capability", "Run campaigns");
        pick(robot, "#inspector-add-raci", "A — Accountable");
        click(robot, "#inspector-add-responsibility");
        waitForFxEvents();
        assertEquals(List.of(new Responsibility("campaigns", Raci.A)),
                ((Executive) fx.card("cmo")).responsibilities());
        assertEquals("", text(robot, "#inspector-raci-error"));
    }
}
