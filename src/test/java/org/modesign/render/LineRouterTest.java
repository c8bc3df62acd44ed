package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Archetype;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;

/** Lines go around the cards in their way, on screen and in every export (one scene for all). */
class LineRouterTest {

    @Test
    void aLineToTheCeoGoesAroundTheCfoStandingInItsWay() {
        List<Node> nodes = List.of(new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cfo", Office.CFO, "CFO", -300, 120),
                new Executive("sales", Office.SALES, "Sales", -300, 220));
        Design design = TestCharts.design(TestCharts.scenario(nodes, List.of(
                new Line("cfo", "ceo", LineStyle.SOLID), new Line("sales", "ceo", LineStyle.SOLID))));
        ChartScene scene = TestCharts.scene(design);
        LineRoute route = scene.route(1);
        assertEquals(0, crossings(scene, 1), "Sales' line runs through no card: " + route);
        Rect ceo = scene.card(0);
        assertEquals(ceo.centerX(), route.endX(), 1e-9, "it still ends under the CEO");
        assertEquals(ceo.maxY(), route.endY(), 1e-9);
        assertTrue(route.x(0) <= scene.card(2).x(), "it leaves Sales from its side, into the gap beside the CFO");
    }

    @Test
    void aLineWithNothingInItsWayKeepsItsPlainRoute() {
        List<Node> nodes = List.of(new Executive("ceo", Office.CEO, "CEO", 0, 0),
                Role.of("a", "A", Archetype.MAKER, 300, 200));
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes,
                List.of(new Line("a", "ceo", LineStyle.DOTTED)))));
        assertEquals(LineRoute.between(scene.card(1), scene.card(0)), scene.route(0));
    }

    @Test
    void generatedChartsAndSamplesHaveFewerLinesThroughCardsThanPlainRoutes() {
        List<Design> designs = new ArrayList<>();
        for (String sample : BundledSamples.ALL) {
            designs.add(new DesignReader().parse(BundledSamples.read(sample)).design());
        }
        designs.add(DesignGenerator.generate(new GeneratorSpec(2_000, 5, 6, 40, 2, 1)));
        for (Design design : designs) {
            ChartScene scene = ChartScene.of(design, design.scenarios().get(0));
            int routed = 0;
            int plain = 0;
            for (int line = 0; line < scene.lineCount(); line++) {
                if (scene.lineFrom(line) >= 0 && scene.lineTo(line) >= 0 && scene.lineFrom(line) != scene.lineTo(line)) {
                    routed += crossings(scene, line);
                    plain += crossings(scene, line, LineRoute.between(scene.card(scene.lineFrom(line)),
                            scene.card(scene.lineTo(line))));
                }
            }
            assertTrue(routed <= plain, design.title() + ": " + routed + " > " + plain);
            assertFalse(plain > 0 && routed == plain, design.title() + " had lines through cards and still has: " + plain);
        }
    }

    private static int crossings(ChartScene scene, int line) {
        return crossings(scene, line, scene.route(line));
    }

    /** Cards other than its ends that the route runs through (sampled along each segment). */
    private static int crossings(ChartScene scene, int line, LineRoute route) {
        int count = 0;
        for (int s = 0; s < route.segmentCount(); s++) {
            for (int k = 1; k < 40; k++) {
                double x = route.x(s) + (route.x(s + 1) - route.x(s)) * k / 40;
                double y = route.y(s) + (route.y(s + 1) - route.y(s)) * k / 40;
                for (int card : scene.nodesIn(new Rect(x, y, 0, 0))) {
                    Rect r = scene.card(card);
                    boolean inside = x > r.x() + 1 && x < r.maxX() - 1 && y > r.y() + 1 && y < r.maxY() - 1;
                    if (inside && card != scene.lineFrom(line) && card != scene.lineTo(line)) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
