package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.render.Rect;

class PagePlanTest {

    private static final double AREA_WIDTH = 600;
    private static final double AREA_HEIGHT = 400;

    @Test
    void aSmallChartIsEnlargedUpToItsSizeOnOnePage() {
        PagePlan plan = PagePlan.of(new Rect(0, 0, 300, 100), AREA_WIDTH, AREA_HEIGHT, r -> true);
        assertFalse(plan.tiled());
        assertEquals(1, plan.pages());
        assertEquals(PagePlan.MAX_SCALE, plan.scale());
        PagePlan.Tile only = plan.tiles().get(0);
        assertEquals(1, only.page());
        assertEquals(150, only.world().centerX(), 1e-9, "centred on the chart");
        assertEquals(50, only.world().centerY(), 1e-9);
    }

    @Test
    void aChartReadableWhenFittedGoesOnOnePage() {
        double width = AREA_WIDTH / PagePlan.MIN_READABLE_SCALE - 2 * PagePlan.PAD;
        PagePlan plan = PagePlan.of(new Rect(0, 0, width, 100), AREA_WIDTH, AREA_HEIGHT, r -> true);
        assertEquals(1, plan.pages());
        assertEquals(PagePlan.MIN_READABLE_SCALE, plan.scale(), 1e-9);
    }

    @Test
    void aLargerChartIsCutIntoAGridThatFillsItsPages() {
        double width = AREA_WIDTH / PagePlan.MIN_READABLE_SCALE * 2.5;
        double height = AREA_HEIGHT / PagePlan.MIN_READABLE_SCALE * 1.2;
        PagePlan plan = PagePlan.of(new Rect(100, 50, width, height), AREA_WIDTH, AREA_HEIGHT, r -> true);
        assertTrue(plan.tiled());
        assertEquals(3, plan.columns());
        assertEquals(2, plan.rows());
        assertEquals(7, plan.pages(), "an overview and six tiles");
        assertTrue(plan.scale() > PagePlan.MIN_READABLE_SCALE, "enlarged to fill the grid");
        Rect padded = new Rect(100, 50, width, height).expanded(PagePlan.PAD);
        Rect world = plan.world();
        assertTrue(world.x() <= padded.x() + 1e-9 && world.maxX() >= padded.maxX() - 1e-9, "the grid holds the chart");
        assertTrue(world.y() <= padded.y() + 1e-9 && world.maxY() >= padded.maxY() - 1e-9);
        assertEquals(AREA_WIDTH, plan.tiles().get(0).world().width() * plan.scale(), 1e-6, "a tile fills a page");
        assertEquals(List.of(2, 3, 4, 5, 6, 7), plan.tiles().stream().map(PagePlan.Tile::page).toList());
        PagePlan.Tile last = plan.tiles().get(5);
        assertEquals(1, last.row());
        assertEquals(2, last.column());
    }

    @Test
    void tilesWithNothingOnThemAreLeftOut() {
        double width = AREA_WIDTH / PagePlan.MIN_READABLE_SCALE * 2.5;
        double height = AREA_HEIGHT / PagePlan.MIN_READABLE_SCALE * 1.2;
        PagePlan plan = PagePlan.of(new Rect(0, 0, width, height), AREA_WIDTH, AREA_HEIGHT,
                r -> r.y() < height / 2);
        assertEquals(3, plan.tiles().size(), "the bottom row is empty");
        assertEquals(4, plan.pages());
        assertEquals(List.of(2, 3, 4), plan.tiles().stream().map(PagePlan.Tile::page).toList());
    }
}
