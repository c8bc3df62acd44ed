package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpatialGridTest {

    @Test
    void queryReportsEachIntersectingBoxExactlyOnce() {
        for (long seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            double[] boxes = randomBoxes(random, 500, 20_000);
            SpatialGrid grid = SpatialGrid.build(boxes, 500);
            for (int q = 0; q < 50; q++) {
                double[] query = randomQuery(random, 20_000);
                assertEquals(bruteForce(boxes, 500, query), found(grid, query), "seed " + seed);
            }
        }
    }

    @Test
    void movedBoxesAreFoundAtTheirNewPlaceOnly() {
        Random random = new Random(7);
        double[] boxes = randomBoxes(random, 300, 10_000);
        SpatialGrid grid = SpatialGrid.build(boxes, 300);
        int[] moved = {3, 17, 250};
        double[] newBoxes = {50_000, 50_000, 50_100, 50_050, -9_000, 4_000, -8_900, 4_040, 0, 0, 10, 10};
        SpatialGrid after = grid.withMoved(moved, newBoxes);
        double[] expected = boxes.clone();
        for (int k = 0; k < moved.length; k++) {
            System.arraycopy(newBoxes, 4 * k, expected, 4 * moved[k], 4);
        }
        for (int q = 0; q < 200; q++) {
            double[] query = randomQuery(random, 12_000);
            assertEquals(bruteForce(expected, 300, query), found(after, query));
            assertEquals(bruteForce(boxes, 300, query), found(grid, query), "the old grid is unchanged");
        }
        assertEquals(List.of(3), found(after, new double[] {50_010, 50_010, 50_020, 50_020}));
        assertEquals(3, after.looseCount());
    }

    @Test
    void manyLooseBoxesAreFoundAsABruteForceSearchFindsThem() {
        Random random = new Random(11);
        int count = 4_000;
        double[] boxes = randomBoxes(random, count, 40_000);
        SpatialGrid grid = SpatialGrid.build(boxes, count);
        double[] expected = boxes.clone();
        for (int round = 0; round < 3; round++) {
            int[] moved = new int[200];
            double[] newBoxes = new double[4 * moved.length];
            for (int k = 0; k < moved.length; k++) {
                moved[k] = random.nextInt(count);
                double x = (random.nextDouble() - 0.5) * 40_000;
                double y = (random.nextDouble() - 0.5) * 40_000;
                double[] box = k % 10 == 0 ? new double[] {x, y, x + 30_000, y + 20}
                        : new double[] {x, y, x + 200, y + 64};
                System.arraycopy(box, 0, newBoxes, 4 * k, 4);
            }
            moved = java.util.Arrays.stream(moved).distinct().toArray();
            double[] distinctBoxes = new double[4 * moved.length];
            for (int k = 0; k < moved.length; k++) {
                System.arraycopy(newBoxes, 4 * k, distinctBoxes, 4 * k, 4);
                System.arraycopy(newBoxes, 4 * k, expected, 4 * moved[k], 4);
            }
            grid = grid.withMoved(moved, distinctBoxes);
            for (int q = 0; q < 100; q++) {
                double[] query = randomQuery(random, 45_000);
                assertEquals(bruteForce(expected, count, query), found(grid, query), "round " + round);
            }
        }
        assertTrue(grid.looseCount() > 32, "enough loose boxes to be indexed: " + grid.looseCount());
    }

    @Test
    void boxesLeftOutAreFoundOnlyOnceMovedIn() {
        double[] boxes = {0, 0, 10, 10, 100, 100, 110, 110, 5_000_000, 0, 5_000_010, 10};
        SpatialGrid grid = SpatialGrid.build(boxes, 3, new boolean[] {false, true, true});
        assertEquals(List.of(0), found(grid, new double[] {-1e9, -1e9, 1e9, 1e9}));
        assertEquals(100, grid.minX(1), "a box left out is kept");
        SpatialGrid back = grid.withMoved(new int[] {1}, new double[] {100, 100, 110, 110});
        assertEquals(List.of(0, 1), found(back, new double[] {-1e9, -1e9, 1e9, 1e9}));
        assertEquals(List.of(1), found(back, new double[] {105, 105, 106, 106}));
    }

    @Test
    void movingTheSameBoxTwiceKeepsItOnce() {
        double[] boxes = {0, 0, 10, 10, 100, 100, 110, 110};
        SpatialGrid grid = SpatialGrid.build(boxes, 2)
                .withMoved(new int[] {0}, new double[] {5, 5, 15, 15})
                .withMoved(new int[] {0}, new double[] {6, 6, 16, 16});
        assertEquals(List.of(0), found(grid, new double[] {0, 0, 20, 20}));
        assertEquals(1, grid.looseCount());
    }

    @Test
    void manyMovesRebuildTheCells() {
        int count = 2_000;
        double[] boxes = randomBoxes(new Random(3), count, 30_000);
        int[] moved = new int[SpatialGrid.maxLoose(count) + 1];
        double[] newBoxes = new double[4 * moved.length];
        for (int k = 0; k < moved.length; k++) {
            moved[k] = k;
            System.arraycopy(boxes, 4 * k, newBoxes, 4 * k, 4);
            newBoxes[4 * k] += 1_000;
            newBoxes[4 * k + 2] += 1_000;
        }
        SpatialGrid grid = SpatialGrid.build(boxes, count).withMoved(moved, newBoxes);
        assertEquals(0, grid.looseCount());
        double[] query = {-5_000, -5_000, 5_000, 5_000};
        double[] expected = boxes.clone();
        System.arraycopy(newBoxes, 0, expected, 0, newBoxes.length);
        assertEquals(bruteForce(expected, count, query), found(grid, query));
    }

    @Test
    void hugeBoxesAndMissingOnesAreHandled() {
        double[] boxes = {0, 0, 1e7, 10, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 500, 500, 510, 510};
        SpatialGrid grid = SpatialGrid.build(boxes, 3);
        assertEquals(List.of(0), found(grid, new double[] {9e6, 0, 9e6 + 1, 1}));
        assertEquals(List.of(2), found(grid, new double[] {505, 505, 505, 505}));
        assertEquals(List.of(0, 2), found(grid, new double[] {-1, -1, 1e6, 1e6}));
    }

    @Test
    void anEmptyGridFindsNothing() {
        SpatialGrid grid = SpatialGrid.build(new double[0], 0);
        assertTrue(found(grid, new double[] {-1e9, -1e9, 1e9, 1e9}).isEmpty());
    }

    @Test
    void sparseBoxesMakeFewCells() {
        double[] boxes = {0, 0, 10, 10, 1e9, 1e9, 1e9 + 10, 1e9 + 10};
        SpatialGrid grid = SpatialGrid.build(boxes, 2);
        assertEquals(List.of(1), found(grid, new double[] {1e9, 1e9, 1e9 + 1, 1e9 + 1}));
        assertEquals(List.of(0), found(grid, new double[] {5, 5, 5, 5}));
        double[] extreme = {-1e300, -1e300, -1e300, -1e300, 1e300, 1e300, 1e300, 1e300};
        assertEquals(List.of(1), found(SpatialGrid.build(extreme, 2), new double[] {1e299, 1e299, 1e301, 1e301}));
    }

    static double[] randomBoxes(Random random, int count, double spread) {
        double[] boxes = new double[4 * count];
        for (int i = 0; i < count; i++) {
            double x = (random.nextDouble() - 0.5) * spread;
            double y = (random.nextDouble() - 0.5) * spread;
            double w = random.nextInt(10) == 0 ? random.nextDouble() * spread / 2 : random.nextDouble() * 300;
            double h = random.nextDouble() * 100;
            boxes[4 * i] = x;
            boxes[4 * i + 1] = y;
            boxes[4 * i + 2] = x + w;
            boxes[4 * i + 3] = y + h;
        }
        return boxes;
    }

    static double[] randomQuery(Random random, double spread) {
        double x = (random.nextDouble() - 0.5) * spread;
        double y = (random.nextDouble() - 0.5) * spread;
        double size = random.nextDouble() * spread / 4;
        return new double[] {x, y, x + size * random.nextDouble() * 2, y + size};
    }

    private static List<Integer> bruteForce(double[] boxes, int count, double[] q) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (boxes[4 * i] <= q[2] && boxes[4 * i + 2] >= q[0] && boxes[4 * i + 1] <= q[3] && boxes[4 * i + 3] >= q[1]) {
                result.add(i);
            }
        }
        return result;
    }

    private static List<Integer> found(SpatialGrid grid, double[] q) {
        List<Integer> result = new ArrayList<>();
        grid.query(q[0], q[1], q[2], q[3], result::add);
        result.sort(null);
        return result;
    }
}
