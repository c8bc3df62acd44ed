package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Role;

/** A roll-up card's words: whole, and inside the card however large the branch. */
class RollUpCardTest {

    private static final Viewport VIEW = new Viewport(-50, -50, 1400, 700, 1);

    private static RecordingSurface paintRollUp(int roles, double fte) {
        ChartScene plain = TestCharts.scene(TestCharts.design(TestCharts.scenario(List.of(
                new Executive("cmo", Office.CMO, "CMO", 0, 0), Role.of("a", "Analyst", Archetype.MODELER, 0, 150)),
                List.of(new Line("a", "cmo", LineStyle.SOLID)))));
        List<Integer> mix = new java.util.ArrayList<>(Collections.nCopies(Archetype.values().length, 0));
        mix.set(Archetype.MODELER.ordinal(), roles);
        ChartScene scene = plain.withFolds(new SceneFolds(new boolean[] {false, true}, new boolean[] {true, false},
                new int[] {0}, new RollUpFacts[] {new RollUpFacts(roles, fte, mix, 0, 3, 1)}));
        RecordingSurface surface = new RecordingSurface();
        new ChartPainter().paint(surface, scene, VIEW, new PaintOptions(Set.of(), -1, i -> true, Map.of(),
                LevelOfDetail.FULL, false));
        return surface;
    }

    @Test
    void aSmallBranchSaysItsRolesAndFteOnOneLine() {
        List<String> texts = paintRollUp(12, 10.5).texts();
        assertTrue(texts.contains(ChartLabels.ENGLISH.roles(12) + CardText.SEPARATOR + ChartLabels.ENGLISH.fte(10.5)),
                texts.toString());
    }

    @Test
    void aHugeBranchKeepsEveryWordWholeInsideTheCard() {
        RecordingSurface surface = paintRollUp(150_000, 149_999.75);
        List<String> texts = surface.texts();
        assertTrue(texts.contains(ChartLabels.ENGLISH.roles(150_000)), texts.toString());
        assertTrue(texts.contains(ChartLabels.ENGLISH.fte(149_999.75)), texts.toString());
        int checked = 0;
        for (RecordingSurface.Call call : surface.calls("text")) {
            if (call.text().contains("150000") || call.text().contains("149999")) {
                FontSpec font = new FontSpec(call.args()[2], true);
                double width = surface.textWidth(call.text(), font);
                assertTrue(width <= RollUpPainter.WIDTH - 2 * CardMetrics.PADDING, call.text() + " is " + width
                        + " wide, the card " + RollUpPainter.WIDTH);
                checked++;
            }
        }
        assertEquals(2, checked, "roles and FTE, each once: " + texts);
    }
}
