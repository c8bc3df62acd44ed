package org.modesign.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.changes.ChangesFixture.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.render.ChangeMark;
import org.modesign.render.CardMetrics;
import org.modesign.render.ChangeMarks;
import org.modesign.render.ChartScene;
import org.modesign.render.Rect;
import org.modesign.render.Rgb;
import org.modesign.render.Viewport;
import org.modesign.ui.action.EditorAction;
import org.modesign.ui.canvas.ChartView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Compare with File…: the chart marks what changed, the list beside it shows and selects it. */
@ExtendWith(ApplicationExtension.class)
class CompareWithFileTest {

    @TempDir
    static Path dir;

    /** The gap between a card and its change outline, in chart pixels (as the painter leaves it). */
    private static final double GAP = 2 * CardMetrics.SELECTION_GAP;

    private ChangesFixture editor;

    /** The open design: b renamed, c removed, d added. */
    static Design changed() {
        Design d = ChangesFixture.role(ChangesFixture.base(), "b", r -> r.withTitle("Lifecycle marketing manager"));
        d = ChangesFixture.without(d, "c");
        return ChangesFixture.with(d, Role.of("d", "CRM specialist", Archetype.MAESTRO, 260, 480).withTeam("coe"));
    }

    @Start
    void start(Stage stage) {
        editor = new ChangesFixture(stage, changed(), null);
    }

    private void compareWithBase(FxRobot robot) {
        Path file = ChangesFixture.save(ChangesFixture.base(), dir.resolve("base.modesign"));
        editor.dialogs.filesToOpen.add(Optional.of(file));
        robot.interact(() -> editor.context.actions().run(EditorAction.COMPARE_WITH_FILE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(FxRobot robot) {
        return robot.lookup("#changes-list").queryListView().getItems().stream()
                .map(r -> ((ChangeRow) r).text()).toList();
    }

    @Test
    void theChartMarksAddedChangedAndRemovedCardsAndTheListSaysWhat(FxRobot robot) {
        compareWithBase(robot);
        assertTrue(robot.lookup("#changes-panel").tryQuery().isPresent(), "the list of changes is beside the chart");
        ChangeMarks marks = fx(() -> editor.changes().compareView().marks());
        assertEquals(Map.of("b", ChangeMark.CHANGED, "d", ChangeMark.ADDED), marks.nodes());
        assertEquals(1, marks.ghosts().size());
        ChartScene before = ChartScene.of(ChangesFixture.base(), ChangesFixture.base().scenarios().get(0));
        assertEquals(before.card(before.indexOf("c")), marks.ghosts().get(0).card(), "the ghost stands where c stood");
        assertEquals("Web developer", marks.ghosts().get(0).title());

        List<String> rows = rows(robot);
        assertEquals(List.of("Scenario \u201CCentralized\u201D",
                "Changed role \u201CLifecycle marketing manager\u201D (b): title \"Campaign manager\" \u2192 "
                        + "\"Lifecycle marketing manager\"",
                "Added role \u201CCRM specialist\u201D (d)",
                "Removed role \u201CWeb developer\u201D (c)"), rows);
        assertTrue(robot.lookup("#changes-summary").queryLabeled().getText().startsWith("3 changes"));

        ChartView chart = editor.window.chart();
        robot.interact(chart::fitToWindow);
        assertNear(ChangeMark.ADDED.colour(), outlinePixel(chart, "d"), "d is outlined in blue");
        assertNear(ChangeMark.CHANGED.colour(), outlinePixel(chart, "b"), "b is outlined in orange");
        assertNear(ChangeMark.REMOVED.colour(),
                ghostTagPixel(chart, marks.ghosts().get(0).card()), "c's ghost carries the removed tag");
    }

    @Test
    void clickingAChangeSelectsItsCardAndEscapeReturnsToEditing(FxRobot robot) {
        compareWithBase(robot);
        ListCell<?> added = robot.from(robot.lookup("#changes-list").queryListView()).lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() != null
                && ((ChangeRow) c.getItem()).text().startsWith("Added role")).query();
        robot.clickOn(added);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("d"), Set.copyOf(editor.context.selection().nodes()));

        robot.clickOn(editor.window.chart(), javafx.scene.input.MouseButton.MIDDLE);
        robot.interact(() -> editor.window.chart().requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#changes-panel").tryQuery().isPresent(), "the list is gone");
        assertTrue(fx(() -> editor.changes().compareView().marks()).isEmpty(), "and so are the marks");
        assertFalse(fx(() -> editor.changes().isComparing()));
    }

    @Test
    void anEditWhileComparingUpdatesTheMarksAndTheCloseButtonEndsIt(FxRobot robot) {
        compareWithBase(robot);
        robot.interact(() -> editor.context.edit(new org.modesign.edit.Rename("central", "a", "Senior data analyst")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChangeMark.CHANGED, fx(() -> editor.changes().compareView().marks()).nodes().get("a"));
        assertTrue(rows(robot).stream().anyMatch(r -> r.contains("Senior data analyst")));
        robot.clickOn("#changes-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#changes-panel").tryQuery().isPresent());
    }

    /** The screen pixel on the change outline left of card {@code id}, after the tiles are painted. */
    private static int outlinePixel(ChartView chart, String id) {
        return fx(() -> {
            for (int i = 0; i < 20; i++) {
                chart.paint();
            }
            Rect card = chart.scene().card(chart.scene().indexOf(id));
            Viewport v = chart.viewport();
            double gap = GAP * Math.max(1, 1 / v.scale());
            WritableImage frame = chart.snapshot(null, null);
            return frame.getPixelReader().getArgb((int) Math.floor(v.toScreenX(card.x() - gap)),
                    (int) Math.floor(v.toScreenY(card.centerY())));
        });
    }

    /** A screen pixel of the tag on the top-left corner of a ghost, below the glyph at its centre. */
    private static int ghostTagPixel(ChartView chart, Rect ghost) {
        return fx(() -> {
            for (int i = 0; i < 20; i++) {
                chart.paint();
            }
            Viewport v = chart.viewport();
            double gap = GAP * Math.max(1, 1 / v.scale());
            WritableImage frame = chart.snapshot(null, null);
            return frame.getPixelReader().getArgb((int) Math.floor(v.toScreenX(ghost.x() - gap)) + 1,
                    (int) Math.floor(v.toScreenY(ghost.y() - gap)) + 5);
        });
    }

    private static void assertNear(Rgb expected, int argb, String message) {
        int r = argb >> 16 & 0xFF;
        int g = argb >> 8 & 0xFF;
        int b = argb & 0xFF;
        boolean near = Math.abs(r - expected.red()) < 60 && Math.abs(g - expected.green()) < 60
                && Math.abs(b - expected.blue()) < 60;
        assertTrue(near, message + ": pixel " + Integer.toHexString(argb) + " is not near " + expected);
    }
}
