package org.modesign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.ScenarioIndex;
import org.modesign.export.ChartPicture;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Role;
import org.modesign.render.ChartScene;
import org.modesign.text.Language;

/**
 * A chart too large for a page shows its top levels as the editor opens a large design: each card
 * at the cut with a roll-up card of what lies below it, every role of the phase on a card or in a
 * roll-up, and the page still readable.
 */
class PhaseChartRollUpsTest {

    @Test
    void theTopLevelsCarryRollUpsOfEverythingBelowThem() {
        Design design = DesignGenerator.generate(new GeneratorSpec(3_000, 3, 3, 22, 1, 7));
        ScenarioFacts facts = ScenarioFacts.of(design, design.scenarios().get(0));
        PhaseCharts charts = new PhaseCharts(design, facts, new ReportWords(Language.ENGLISH, "EUR"));
        ScenarioIndex index = facts.index();
        for (int p = 0; p < design.phases().size(); p++) {
            List<Block> blocks = charts.of(p);
            Block.Chart chart = (Block.Chart) blocks.stream().filter(b -> b instanceof Block.Chart).findFirst()
                    .orElseThrow();
            assertFalse(chart.note().isEmpty(), "the chart is too large for one page: its top is shown");
            ChartScene scene = chart.scene();
            assertTrue(scene.folds().count() > 0, "phase " + p + ": the cut cards carry roll-ups");
            assertTrue(ChartPicture.readable(scene, ReportPage.CHART_WIDTH, ReportPage.CHART_HEIGHT));
            int rolled = 0;
            for (int k = 0; k < scene.folds().count(); k++) {
                rolled += scene.folds().facts(k).roles();
            }
            int shown = 0;
            for (int i = 0; i < scene.nodeCount(); i++) {
                shown += !scene.hidden(i) && scene.node(i) instanceof Role ? 1 : 0;
            }
            int active = 0;
            for (int v = 0; v < index.size(); v++) {
                active += index.isRole(v) && index.isActive(v, p) ? 1 : 0;
            }
            assertTrue(shown + rolled <= active, "no role counted twice");
            assertTrue(rolled > active / 2, "phase " + p + ": most roles are in the roll-ups (" + rolled + " of "
                    + active + ")");
            for (int k = 0; k < scene.folds().count(); k++) {
                for (int j = 0; j < scene.nodeCount(); j++) {
                    assertFalse(!scene.hidden(j) && scene.card(j).intersects(scene.rollUpCard(k)),
                            "a roll-up covers " + scene.node(j).label());
                }
            }
        }
    }
}
