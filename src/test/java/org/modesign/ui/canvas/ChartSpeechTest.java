package org.modesign.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a screen reader is told of the chart: the selection in words, following every change. */
@ExtendWith(ApplicationExtension.class)
class ChartSpeechTest {

    private EditorFixture editor;

    @Start
    void start(Stage stage) {
        editor = new EditorFixture(stage, PhaseViewTest.twoPhases());
    }

    private String spoken() {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                (String) editor.chart().queryAccessibleAttribute(AccessibleAttribute.TEXT)));
    }

    private void select(String... ids) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> editor.context.selection().selectNodes(List.of(ids))));
    }

    @Test
    void theChartReadsTheSelectedCardAndFollowsTheSelection() throws Exception {
        // Wait for the live analysis, so that the findings counted are the final ones.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.context.analysis().resultProperty().get() != null);
        assertEquals(AccessibleRole.PARENT, editor.chart().getAccessibleRole());
        assertEquals("organisation chart", editor.chart().getAccessibleRoleDescription());
        assertEquals("Chart, 1 role, no selection", spoken());

        select("coe");
        assertEquals("Team Martech CoE, 1 member, 1 FTE, Global, reports to CMO", spoken());
        select("analyst");
        assertEquals("Data analyst, Modeler, 1 FTE, Global, member of Team Martech CoE", spoken());
        select("cmo");
        assertTrue(spoken().startsWith("CMO, executive, reports to CEO, 1 report"), spoken());
        select("cmo", "coe", "analyst");
        assertEquals("3 cards selected", spoken());
    }

    @Test
    void theWordsAreThoseOfThePhaseShown() {
        select("analyst");
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> editor.document.phaseIdProperty().set("p1")));
        assertTrue(spoken().startsWith("Data analyst, Modeler, 0 FTE, Global, not in Phase 1, member of Team Martech CoE"),
                spoken());
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> editor.context.selection().clear()));
        assertEquals("Chart, no roles in Phase 1, no selection", spoken());
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> editor.document.phaseIdProperty().set("p2")));
        assertEquals("Chart, 1 role in Phase 2, no selection", spoken());
    }

    @Test
    void theFocusedChartIsItsOwnFocusItemSoThatAReaderReadsTheChangeOut() {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> editor.chart().requestFocus()));
        WaitForAsyncUtils.waitForFxEvents();
        Object item = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                editor.chart().queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM)));
        assertEquals(editor.chart(), item);
    }
}
