package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineRouteTest {

    private static final Rect BOSS = new Rect(100, 0, 160, 48);

    @Test
    void aSubordinateBelowGetsAnElbowFromItsTopCentreToTheSuperiorsBottomCentre() {
        Rect report = new Rect(400, 200, 180, 64);
        LineRoute route = LineRoute.between(report, BOSS);
        assertEquals(4, route.pointCount());
        assertPoint(route, 0, 490, 200);
        assertPoint(route, 1, 490, 48 + CardMetrics.ELBOW_DROP);
        assertPoint(route, 2, 180, 48 + CardMetrics.ELBOW_DROP);
        assertPoint(route, 3, 180, 48);
        assertEquals(180, route.endX());
        assertEquals(48, route.endY());
    }

    @Test
    void theElbowRunsHalfWayWhenTheGapIsSmall() {
        LineRoute route = LineRoute.between(new Rect(400, 58, 180, 64), BOSS);
        assertEquals(53, route.y(1));
    }

    @Test
    void alignedCardsGetAStraightLine() {
        LineRoute route = LineRoute.between(new Rect(90, 200, 180, 64), BOSS);
        assertEquals(2, route.pointCount());
        assertPoint(route, 0, 180, 200);
        assertPoint(route, 1, 180, 48);
    }

    @Test
    void cardsSideBySideAreJoinedBetweenTheirFacingEdges() {
        LineRoute route = LineRoute.between(new Rect(400, 0, 160, 48), BOSS);
        assertEquals(2, route.pointCount());
        assertPoint(route, 0, 400, 24);
        assertPoint(route, 1, 260, 24);
    }

    @Test
    void theArrowheadPointsAlongTheLastSegmentTowardTheSuperior() {
        LineRoute route = LineRoute.between(new Rect(400, 200, 180, 64), BOSS);
        double[] head = route.arrowHead(8, 4);
        assertArrayEquals(new double[] {180, 48, 184, 56, 176, 56}, head, 1e-9);

        LineRoute sideways = LineRoute.between(new Rect(400, 0, 160, 48), BOSS);
        double[] left = sideways.arrowHead(8, 4);
        assertEquals(260, left[0], 1e-9);
        assertTrue(left[2] > left[0] && left[4] > left[0], "the tip is left of the base: it points left");
    }

    @Test
    void aRouteWithoutLengthHasNoArrowhead() {
        LineRoute route = LineRoute.between(new Rect(0, 0, 10, 10), new Rect(0, 0, 10, 10));
        assertEquals(0, route.arrowHead(8, 4).length);
        assertEquals(0, LineRoute.NONE.arrowHead(8, 4).length);
    }

    @Test
    void distanceIsToTheNearestSegment() {
        LineRoute route = LineRoute.between(new Rect(400, 200, 180, 64), BOSS);
        assertEquals(0, route.distanceTo(300, 68), 1e-9);
        assertEquals(5, route.distanceTo(495, 150), 1e-9);
        assertEquals(Math.hypot(10, 10), route.distanceTo(500, 210), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, LineRoute.NONE.distanceTo(0, 0));
    }

    @Test
    void segmentBoxesFillUnusedSlotsWithNaN() {
        double[] boxes = new double[4 * LineRoute.MAX_SEGMENTS];
        LineRoute.between(new Rect(90, 200, 180, 64), BOSS).writeSegmentBoxes(boxes, 0);
        assertArrayEquals(new double[] {180, 48, 180, 200}, java.util.Arrays.copyOf(boxes, 4));
        assertTrue(Double.isNaN(boxes[4]) && Double.isNaN(boxes[boxes.length - 1]));
    }

    @Test
    void aRouteInsideTheAreaIsKeptWholeAndOneOutsideIsDropped() {
        LineRoute route = LineRoute.between(new Rect(400, 200, 180, 64), BOSS);
        assertSame(route, route.clippedTo(new Rect(0, 0, 1000, 1000), 6));
        assertEquals(0, route.clippedTo(new Rect(2000, 0, 100, 100), 6).pointCount());
    }

    @Test
    void aLongRunIsCutToTheAreaWithItsDashPhaseKept() {
        LineRoute route = LineRoute.between(new Rect(100_000, 200, 180, 64), BOSS);
        LineRoute cut = route.clippedTo(new Rect(5000, 0, 100, 100), 6);
        assertEquals(2, cut.pointCount());
        double enter = 132 + (100_090 - 5100);
        double start = Math.floor(enter / 6) * 6;
        assertPoint(cut, 0, 100_090 - (start - 132), 68);
        assertPoint(cut, 1, 5000, 68);
        assertTrue(cut.x(0) >= 5100 && cut.x(0) < 5106, "at most one period before the area");

        LineRoute solid = route.clippedTo(new Rect(5000, 0, 100, 100), 0);
        assertPoint(solid, 0, 5100, 68);
    }

    @Test
    void aCutKeepsTheCornersBetweenItsEnds() {
        LineRoute route = LineRoute.between(new Rect(100_000, 200, 180, 64), BOSS);
        LineRoute cut = route.clippedTo(new Rect(0, 60, 300, 100), 0);
        assertEquals(3, cut.pointCount());
        assertPoint(cut, 0, 300, 68);
        assertPoint(cut, 1, 180, 68);
        assertPoint(cut, 2, 180, 60);
    }

    private static void assertPoint(LineRoute route, int point, double x, double y) {
        assertEquals(x, route.x(point), 1e-9, "x of point " + point);
        assertEquals(y, route.y(point), 1e-9, "y of point " + point);
    }
}
