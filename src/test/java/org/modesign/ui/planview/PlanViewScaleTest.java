package org.modesign.ui.planview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.plan.PhaseStep;
import org.modesign.ui.analysis.PlanFigures;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.planview.PlanRow.Group;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Thousands of roles added in one phase: counted, shown whole on request, and never a node each. */
@ExtendWith(ApplicationExtension.class)
class PlanViewScaleTest {

    private PlanFixture editor;

    @Start
    void start(Stage stage) {
        editor = new PlanFixture(stage, DesignGenerator.generate(new GeneratorSpec(3_000, 3, 4, 20, 1, 1, 60, true)));
    }

    private static String groupingOf() {
        return String.valueOf(java.text.DecimalFormatSymbols.getInstance(
                java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).getGroupingSeparator());
    }

    @Test
    void aLongGroupIsCountedAndShownWholeInAVirtualList(FxRobot robot) throws Exception {
        robot.interact(() -> editor.context.actions().run(EditorAction.SHOW_PLAN));
        PlanFigures figures = editor.awaitCurrent();
        PhaseStep first = figures.plan().phases().get(0);
        String p = first.phase();
        int added = first.rolesAdded().size();
        assertTrue(added > 1_000, "the first phase adds most roles: " + added);
        assertEquals(PlanRows.SHOWN, editor.entries(robot, p, Group.ROLES_ADDED).size());
        PlanRow.More more = new PlanRow.More(p, Group.ROLES_ADDED, added - PlanRows.SHOWN, false);
        assertTrue(editor.list(robot).getItems().contains(more), "\u2026 and " + (added - PlanRows.SHOWN) + " more");
        assertTrue(editor.list(robot).getItems().size() < 400, "rows: " + editor.list(robot).getItems().size());
        double people = figures.metrics().phases().get(0).peopleCost();
        assertTrue(people >= 100_000_000, "a budget in the hundreds of millions: " + people);
        assertEquals(String.format(java.util.Locale.US, "%,.1f", people / 1e6).replace(",", groupingOf()),
                PlanFixture.text(robot, "plan-budget-" + p + "-peopleCost"), "counted in millions");

        robot.interact(() -> editor.list(robot).scrollTo(more));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> more.equals(((ListCell<?>) n).getItem())).findFirst().orElseThrow());
        assertEquals(added, editor.entries(robot, p, Group.ROLES_ADDED).size(), "shown whole");
        assertTrue(editor.list(robot).getItems().contains(new PlanRow.More(p, Group.ROLES_ADDED, 0, true)));
        int cells = robot.lookup(".list-cell").queryAll().size();
        assertTrue(cells < 120, "only the rows on screen have nodes: " + cells);

        robot.interact(() -> editor.context.edit(new org.modesign.edit.SetStaffing(editor.document.scenario().id(),
                first.rolesAdded().get(0), org.modesign.model.Staffing.PLANNED)));
        editor.awaitCurrent();
        assertEquals(added, editor.entries(robot, p, Group.ROLES_ADDED).size(), "still whole after an edit");
        List<String> hires = editor.entries(robot, p, Group.HIRES);
        assertTrue(hires.size() <= PlanRows.SHOWN + 1, hires.toString());
    }
}
