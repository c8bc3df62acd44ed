package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.layout.Folding;
import org.modesign.layout.Spacing;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;

/**
 * A folded chart made again after each fold by {@link ChartScene#rearranged} (only what the fold
 * changed routed again) shows what a scene built afresh for that fold shows: the same shown cards
 * at the same places, the same routes of the lines between shown cards, the same cards and lines
 * found in any area; lines at cards folded away have no route, and no route goes around them.
 */
class RearrangedSceneTest {

    @Test
    void aSceneRearrangedFoldAfterFoldMatchesOneBuiltAfresh() {
        for (long seed = 1; seed <= 3; seed++) {
            Design design = DesignGenerator.generate(new GeneratorSpec(700, 3, 3, 22, 1, seed));
            Scenario scenario = design.scenarios().get(0);
            Folding folding = Folding.of(scenario);
            Random random = new Random(seed);
            List<Integer> foldable = new ArrayList<>();
            for (int v = 0; v < folding.size(); v++) {
                if (folding.foldable(v)) {
                    foldable.add(v);
                }
            }
            Set<String> collapsed = new HashSet<>(folding.opening(30));
            ChartScene scene = null;
            int compared = 0;
            for (int step = 0; step < 12; step++) {
                Folding.Folded folded = folding.fold(collapsed);
                boolean[] hidden = new boolean[folding.size()];
                for (int v = 0; v < hidden.length; v++) {
                    hidden[v] = folded.hidden(v);
                }
                double[][] xy = folding.arranged(folded, Spacing.CARDS, Spacing.CARDS.verticalGap());
                List<Node> nodes = new ArrayList<>();
                for (int v = 0; v < folding.size(); v++) {
                    nodes.add(scenario.nodes().get(v).withPosition(xy[0][v], xy[1][v]));
                }
                ChartScene fresh = ChartScene.of(design, scenario.withNodes(nodes), hidden);
                scene = scene == null ? fresh : scene.rearranged(xy[0], xy[1], hidden);
                compared += sameWhereShown(fresh, scene, hidden, random, "seed " + seed + " step " + step);
                String card = folding.id(foldable.get(random.nextInt(foldable.size())));
                if (!collapsed.remove(card)) {
                    collapsed.add(card);
                }
                if (step % 4 == 3) {
                    collapsed.removeAll(folding.above(card));
                }
            }
            assertTrue(compared > 100, "lines between shown cards were compared: " + compared);
        }
    }

    @Test
    void noChangeIsTheSameScene() {
        Design design = DesignGenerator.generate(new GeneratorSpec(200, 3, 3, 22, 1, 1));
        Scenario scenario = design.scenarios().get(0);
        boolean[] hidden = new boolean[scenario.nodes().size()];
        hidden[hidden.length - 1] = true;
        ChartScene scene = ChartScene.of(design, scenario, hidden);
        double[] xs = new double[hidden.length];
        double[] ys = new double[hidden.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = scene.cardX(i);
            ys[i] = scene.cardY(i);
        }
        assertSame(scene, scene.rearranged(xs, ys, hidden.clone()));
        assertFalse(scene.rearranged(xs, ys, new boolean[0]) == scene, "a card shown again is a change");
    }

    /** Compares what both scenes show; returns how many lines between shown cards were compared. */
    private static int sameWhereShown(ChartScene fresh, ChartScene rearranged, boolean[] hidden, Random random,
            String where) {
        for (int i = 0; i < fresh.nodeCount(); i++) {
            if (!hidden[i]) {
                assertEquals(fresh.card(i), rearranged.card(i), where + " card " + i);
            }
        }
        int compared = 0;
        for (int l = 0; l < fresh.lineCount(); l++) {
            int from = fresh.lineFrom(l);
            int to = fresh.lineTo(l);
            boolean shown = from >= 0 && to >= 0 && !hidden[from] && !hidden[to];
            if (shown) {
                assertEquals(fresh.route(l), rearranged.route(l), where + " line " + l);
                compared++;
            } else {
                assertEquals(0, rearranged.route(l).pointCount(), where + " line " + l + " at a folded card");
            }
        }
        Rect bounds = fresh.bounds();
        for (int q = 0; q < 30; q++) {
            Rect area = new Rect(bounds.x() + random.nextDouble() * bounds.width(),
                    bounds.y() + random.nextDouble() * bounds.height(), random.nextDouble() * 2_000,
                    random.nextDouble() * 1_500);
            assertEquals(shownNodes(fresh, area, hidden), shownNodes(rearranged, area, hidden), where);
            assertEquals(lines(fresh, area), lines(rearranged, area), where);
        }
        return compared;
    }

    private static List<Integer> shownNodes(ChartScene scene, Rect area, boolean[] hidden) {
        List<Integer> found = new ArrayList<>();
        for (int i : scene.nodesIn(area)) {
            if (!hidden[i]) {
                found.add(i);
            }
        }
        return found;
    }

    private static List<Integer> lines(ChartScene scene, Rect area) {
        List<Integer> found = new ArrayList<>();
        scene.forEachLineIn(area, found::add);
        found.sort(null);
        return found;
    }
}
