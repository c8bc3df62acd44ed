package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Zoomed out, the painter hands blocks, dots and finding markers to the surface in one call each
 * ({@link Surface#fillRects}, {@link Surface#fillMarkers}); the surfaces that do not batch fill
 * them one by one, as before.
 */
class BatchedShapesTest {

    private static final Rgb RED = Rgb.of(0xD03030);
    private static final Rgb BLUE = Rgb.of(0x3050C0);
    private static ChartScene large;

    @BeforeAll
    static void buildLargeChart() {
        large = TestCharts.scene(TestCharts.large(10_000));
    }

    /** Records like {@link RecordingSurface} and counts the batched calls, filling them as the defaults do. */
    private static final class CountingSurface extends RecordingSurface {
        int rectBatches;
        int rectsBatched;
        int markerBatches;

        @Override
        public void fillRects(double[] xs, double[] ys, double[] widths, double[] heights, Rgb[] colours, int n) {
            rectBatches++;
            rectsBatched += n;
            super.fillRects(xs, ys, widths, heights, colours, n);
        }

        @Override
        public void fillMarkers(double[] cxs, double[] cys, MarkerShape[] shapes, Rgb[] colours, double radius, int n) {
            markerBatches++;
            super.fillMarkers(cxs, cys, shapes, colours, radius, n);
        }
    }

    @Test
    void theDefaultFillsEachRectangleInItsColourInOrder() {
        RecordingSurface surface = new RecordingSurface();
        surface.fillRects(new double[] {1, 2, 3, 9}, new double[] {4, 5, 6, 9}, new double[] {7, 8, 9, 9},
                new double[] {10, 11, 12, 9}, new Rgb[] {RED, RED, BLUE, RED}, 3);
        List<RecordingSurface.Call> fills = surface.calls("fillRect");
        assertEquals(3, fills.size(), "only the first n");
        assertArrayEquals(new double[] {2, 5, 8, 11}, fills.get(1).args());
        assertEquals(List.of(RED, RED, BLUE), fills.stream().map(RecordingSurface.Call::fill).toList());
    }

    @Test
    void theDefaultFillsEachMarkerInItsShapeAndColour() {
        RecordingSurface surface = new RecordingSurface();
        surface.fillMarkers(new double[] {10, 20, 30}, new double[] {5, 5, 5},
                new MarkerShape[] {MarkerShape.CIRCLE, MarkerShape.TRIANGLE, MarkerShape.ROUNDED_SQUARE},
                new Rgb[] {RED, BLUE, RED}, 2, 3);
        assertEquals(List.of("fillOval", "fillPolygon", "fillRoundRect"),
                surface.calls().stream().map(RecordingSurface.Call::op).toList());
        assertArrayEquals(new double[] {8, 3, 4, 4}, surface.calls("fillOval").get(0).args());
        assertEquals(BLUE, surface.calls("fillPolygon").get(0).fill());
        assertEquals(RED, surface.calls("fillRoundRect").get(0).fill());
    }

    @Test
    void theShapesContainTheirCentresAndTellTheirCornersApart() {
        for (MarkerShape shape : MarkerShape.values()) {
            assertTrue(shape.contains(0, 0, 4), shape + " holds its centre");
            assertFalse(shape.contains(0, 5, 4), shape + " ends within its radius below");
        }
        assertFalse(MarkerShape.CIRCLE.contains(3.2, 3.2, 4));
        assertTrue(MarkerShape.ROUNDED_SQUARE.contains(3.2, 3.2, 4));
        assertFalse(MarkerShape.ROUNDED_SQUARE.contains(3.9, 3.9, 4), "its corners are rounded");
        assertTrue(MarkerShape.TRIANGLE.contains(0, -4.5, 4), "the apex reaches 1.15 radii up");
        assertFalse(MarkerShape.TRIANGLE.contains(2, -3, 4), "a triangle narrows to its apex");
        assertTrue(MarkerShape.TRIANGLE.contains(4.5, 3.3, 4), "and is 2.3 radii wide at its base");
    }

    @Test
    void dotsAndMarkersAreOneCallEachAndBlocksOneCall() {
        Map<String, Badge> badges = new HashMap<>();
        for (int i = 0; i < large.nodeCount(); i += 3) {
            badges.put(large.node(i).id(), new Badge(BadgeSeverity.values()[i % 3], 1));
        }
        PaintOptions options = PaintOptions.DEFAULT.withBadges(badges);
        Viewport dots = new Viewport(large.bounds().x(), large.bounds().y(), 400, 300, 0.01);
        assertEquals(LevelOfDetail.DOTS, dots.detail());
        CountingSurface surface = new CountingSurface();
        new ChartPainter().paint(surface, large, dots, options);
        assertEquals(1, surface.rectBatches);
        assertEquals(surface.rectsBatched, surface.calls("fillRect").size() - 1, "every dot went through the batch");
        assertEquals(1, surface.markerBatches);
        assertTrue(surface.calls("fillOval").size() > 1, "many markers, the most severe of each cell");

        Viewport blocks = new Viewport(large.bounds().x(), large.bounds().y(), 400, 300, 0.1);
        assertEquals(LevelOfDetail.BLOCKS, blocks.detail());
        CountingSurface blockSurface = new CountingSurface();
        new ChartPainter().paint(blockSurface, large, blocks, PaintOptions.DEFAULT);
        assertEquals(1, blockSurface.rectBatches);
        assertEquals(large.nodesIn(blocks.visibleWorldRect()).length, blockSurface.rectsBatched, "a block per card");
    }
}
