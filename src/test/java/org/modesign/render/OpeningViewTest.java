package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;

/** The opening rule: whole when legible so, else 100 % from the top of the organisation; Fit is whole. */
class OpeningViewTest {

    /** About what a 1440 × 900 window leaves the chart, beside the palette and inspector and over the findings. */
    static final double VIEW_WIDTH = 900;
    static final double VIEW_HEIGHT = 550;

    /** A CEO at ({@code ceoX}, 0) over a row of {@code roles} roles 224 apart from x 0, at y 120. */
    private static ChartScene row(int roles, double ceoX) {
        List<Node> nodes = new ArrayList<>(List.of(new Executive("ceo", Office.CEO, "CEO", ceoX, 0)));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < roles; i++) {
            nodes.add(Role.of("r" + i, "Role " + i, Archetype.MAESTRO, 224 * i, 120));
            lines.add(new Line("r" + i, "ceo", LineStyle.SOLID));
        }
        return TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, lines)));
    }

    private static boolean shows(Viewport view, Rect card) {
        Rect visible = view.visibleWorldRect();
        return visible.contains(card.x(), card.y()) && visible.contains(card.maxX(), card.maxY());
    }

    @Test
    void aChartThatCanBeReadWholeOpensWhole() {
        ChartScene scene = row(3, 224);
        Viewport view = OpeningView.of(scene, VIEW_WIDTH, VIEW_HEIGHT);
        assertEquals(OpeningView.fit(scene, VIEW_WIDTH, VIEW_HEIGHT), view);
        assertTrue(view.scale() >= CardMetrics.legibleScale() && view.scale() <= OpeningView.MAX_FIT_SCALE);
        for (int i = 0; i < scene.nodeCount(); i++) {
            assertTrue(shows(view, scene.card(i)), "card " + i);
        }
    }

    @Test
    void aLargerChartOpensLegibleAtTheTopCentredOnItsRoot() {
        ChartScene scene = row(40, 20 * 224);
        Viewport fit = OpeningView.fit(scene, VIEW_WIDTH, VIEW_HEIGHT);
        assertTrue(fit.scale() < 0.2, "fitted, nothing could be read: " + fit.scale());
        Viewport view = OpeningView.of(scene, VIEW_WIDTH, VIEW_HEIGHT);
        assertEquals(CardMetrics.legibleScale(), view.scale());
        assertEquals(LevelOfDetail.FULL, view.detail());
        assertTrue(CardMetrics.DETAIL_FONT.size() * view.scale() >= CardMetrics.LEGIBLE_PIXELS);
        assertTrue(CardMetrics.TITLE_FONT.size() * view.scale() >= CardMetrics.LEGIBLE_PIXELS);
        Rect ceo = scene.card(0);
        assertEquals(OpeningView.MARGIN, view.toScreenY(ceo.y()), 1e-9, "the top of the chart at the top of the view");
        assertEquals(VIEW_WIDTH / 2, view.toScreenX(ceo.centerX()), 1e-9, "across the root in the middle");
        assertTrue(shows(view, scene.card(20)) && shows(view, scene.card(21)), "and the reports under it");
    }

    @Test
    void aRootNearTheChartsEdgeLeavesNoEmptySide() {
        ChartScene scene = row(40, 0);
        Viewport view = OpeningView.of(scene, VIEW_WIDTH, VIEW_HEIGHT);
        assertEquals(CardMetrics.legibleScale(), view.scale());
        assertEquals(OpeningView.MARGIN, view.toScreenX(scene.bounds().x()), 1e-9, "the chart's left edge a margin in");
        assertTrue(shows(view, scene.card(0)));
        ChartScene right = row(40, 39 * 224);
        Viewport other = OpeningView.of(right, VIEW_WIDTH, VIEW_HEIGHT);
        assertEquals(VIEW_WIDTH - OpeningView.MARGIN, other.toScreenX(right.bounds().maxX()), 1e-9);
        assertTrue(shows(other, right.card(0)));
    }

    @Test
    void aNarrowTallChartIsCentredAcross() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nodes.add(Role.of("r" + i, "Role " + i, Archetype.MAKER, i % 2 * 30, 80 * i));
        }
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, List.of())));
        Viewport view = OpeningView.of(scene, VIEW_WIDTH, VIEW_HEIGHT);
        assertEquals(CardMetrics.legibleScale(), view.scale());
        assertEquals(VIEW_WIDTH / 2, view.toScreenX(scene.bounds().centerX()), 1e-9);
        assertEquals(OpeningView.MARGIN, view.toScreenY(0), 1e-9);
    }

    @Test
    void ofSeveralCardsAtTheTopTheOneNearestTheMiddleIsTheRoot() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nodes.add(new Executive("e" + i, Office.OTHER, "Head " + i, 1000 * i, i == 4 ? 0 : 10));
        }
        nodes.add(new Executive("wide", Office.OTHER, "Far", 1000 * 20, 0));
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, List.of())));
        assertEquals(4, OpeningView.topCard(scene, scene.bounds()));
    }

    @Test
    void aCardAtTheTopWithoutReportsIsNoRoot() {
        List<Node> nodes = new ArrayList<>(List.of(new Executive("ceo", Office.CEO, "CEO", 0, 0),
                Role.of("consultants", "Systems integrator consultants", Archetype.MAKER, 2000, 0)));
        List<Line> lines = new ArrayList<>(List.of(new Line("consultants", "cio", LineStyle.DOTTED)));
        for (int i = 0; i < 20; i++) {
            nodes.add(new Executive("e" + i, Office.OTHER, "Head " + i, 224 * i, 120));
            lines.add(new Line("e" + i, "ceo", LineStyle.SOLID));
        }
        nodes.add(new Executive("cio", Office.IT, "CIO", 224 * 9, 240));
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, lines)));
        assertEquals(0, OpeningView.topCard(scene, scene.bounds()), "the CEO, not the consultants nearer the middle");
    }

    @Test
    void fitShowsTheWholeChartAtAnyScale() {
        ChartScene scene = TestCharts.scene(TestCharts.large(10_000));
        Viewport fit = OpeningView.fit(scene, VIEW_WIDTH, VIEW_HEIGHT);
        Rect bounds = scene.bounds();
        assertTrue(shows(fit, bounds));
        Viewport view = OpeningView.of(scene, VIEW_WIDTH, VIEW_HEIGHT);
        assertEquals(CardMetrics.legibleScale(), view.scale(), "a large organisation opens legible");
        assertTrue(shows(view, scene.card(0)), "with its top card in view");
    }

    @Test
    void anEmptyChartOpensAtItsOriginAtFullSize() {
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(List.of(), List.of())));
        Viewport view = OpeningView.of(scene, VIEW_WIDTH, VIEW_HEIGHT);
        assertEquals(new Viewport(-OpeningView.MARGIN, -OpeningView.MARGIN, VIEW_WIDTH, VIEW_HEIGHT, 1), view);
        assertEquals(view, OpeningView.fit(scene, VIEW_WIDTH, VIEW_HEIGHT));
    }
}
