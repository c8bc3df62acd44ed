package org.modesign.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.plan.PlanFixture.rename;
import static org.modesign.ui.plan.PlanFixture.selectRow;
import static org.modesign.ui.plan.PlanFixture.table;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Design;
import org.modesign.model.Region;
import org.modesign.model.Team;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Regions tab: add, rename in place, remove (asking when cards are placed in the region). */
@ExtendWith(ApplicationExtension.class)
class RegionsTabTest {

    private static final String TABLE = "#plan-regions";

    private PlanFixture fx;

    @Start
    void start(Stage stage) {
        fx = new PlanFixture(stage);
    }

    @Test
    void addAndRenameInPlace(FxRobot robot) {
        fx.tab(robot, PlanTab.REGIONS);
        robot.clickOn("#plan-region-add");
        assertEquals(new Region("new-region", "New region"), fx.current().regions().get(2));
        assertEquals(2, table(robot, TABLE).getSelectionModel().getSelectedIndex());
        rename(robot, TABLE, 2, "Americas");
        assertEquals(new Region("new-region", "Americas"), fx.current().regions().get(2));
        assertEquals("_Undo Rename region", fx.undoText());
        fx.assertAllTextsKnown(robot);
    }

    @Test
    void removingARegionWithCardsAsksAndLeavesThemWithoutOne(FxRobot robot) {
        fx.tab(robot, PlanTab.REGIONS);
        Design before = fx.current();
        selectRow(robot, TABLE, 1);
        fx.dialogs.confirmations.add(true);
        robot.clickOn("#plan-region-remove");
        assertEquals("Remove Region", fx.dialogs.questions.get(0).title());
        assertTrue(fx.dialogs.questions.get(0).text().startsWith(
                "\"APAC\" is still in use: 1 card in 1 scenario is placed in it."), fx.dialogs.questions.get(0).text());
        assertEquals(List.of(new Region("emea", "EMEA")), fx.current().regions());
        assertNull(((Team) fx.current().scenario("local").orElseThrow().node("hub").orElseThrow()).region());
        assertEquals(1, table(robot, TABLE).getItems().size());
        fx.undo(robot);
        assertSame(before, fx.current());
        assertEquals(2, table(robot, TABLE).getItems().size());
    }
}
