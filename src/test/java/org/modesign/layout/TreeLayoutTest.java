package org.modesign.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modesign.model.Scenario;

class TreeLayoutTest {

    private static final TreeLayout CLASSIC = new TreeLayout(Spacing.DEFAULT, false);
    private static final TreeLayout COMPACT = TreeLayout.standard();

    private static Map<String, Point> place(TreeLayout layout, Charts charts) {
        Placement placement = layout.layout(charts.scenario());
        assertEquals(Optional.empty(), Charts.overlap(placement, 180, 64));
        return placement.positions();
    }

    @Test
    void theClassicFormCentresAManagerOverItsReports() {
        Map<String, Point> p = place(CLASSIC, new Charts().executive("ceo").role("a").role("b")
                .solid("a", "ceo").solid("b", "ceo"));
        assertEquals(new Point(102, 0), p.get("ceo"));
        assertEquals(new Point(0, 112), p.get("a"));
        assertEquals(new Point(204, 112), p.get("b"));
    }

    @Test
    void theCompactFormStacksLeafReportsInAnIndentedColumn() {
        Map<String, Point> p = place(COMPACT, new Charts().executive("ceo").role("a").role("b").role("c")
                .solid("a", "ceo").solid("b", "ceo").solid("c", "ceo"));
        assertEquals(new Point(0, 0), p.get("ceo"));
        assertEquals(new Point(24, 112), p.get("a"));
        assertEquals(new Point(24, 192), p.get("b"));
        assertEquals(new Point(24, 272), p.get("c"));
    }

    @Test
    void aSingleLeafIsNotStacked() {
        Map<String, Point> p = place(COMPACT, new Charts().executive("ceo").role("a").solid("a", "ceo"));
        assertEquals(p.get("ceo").x(), p.get("a").x());
        assertEquals(112, p.get("a").y());
    }

    @Test
    void leafReportsStackBesideTheSubtreesOfOtherReports() {
        Map<String, Point> p = place(COMPACT, new Charts().executive("ceo").role("a").team("t").role("b")
                .role("m1").role("m2")
                .solid("a", "ceo").solid("t", "ceo").solid("b", "ceo").solid("m1", "t").solid("m2", "t"));
        assertEquals(p.get("a").x(), p.get("b").x());
        assertEquals(p.get("a").y() + 80, p.get("b").y());
        assertTrue(p.get("t").x() >= p.get("a").x() + 204);
        assertEquals(p.get("t").y(), p.get("a").y());
        assertTrue(p.get("m1").y() > p.get("t").y());
    }

    @Test
    void aRoleWithoutASolidLineHangsUnderItsTeamAndDottedLinesAreIgnored() {
        Map<String, Point> p = place(CLASSIC, new Charts().team("t").executive("x").role("r", "t").role("q", "t")
                .solid("q", "x").dotted("r", "x"));
        assertEquals(112, p.get("r").y());
        assertEquals(0, p.get("x").y());
        assertEquals(112, p.get("q").y());
        assertEquals(p.get("x").x(), p.get("q").x());
    }

    @Test
    void theFirstSolidLineIsTheParent() {
        Map<String, Point> p = place(CLASSIC, new Charts().executive("a").executive("b").executive("c")
                .solid("c", "b").solid("c", "a").solid("b", "a"));
        assertEquals(0, p.get("a").y());
        assertEquals(112, p.get("b").y());
        assertEquals(224, p.get("c").y());
    }

    @Test
    void rootsStandSideBySideInScenarioOrder() {
        Map<String, Point> p = place(CLASSIC, new Charts().role("a").role("b").role("c"));
        assertEquals(new Point(0, 0), p.get("a"));
        assertEquals(new Point(204, 0), p.get("b"));
        assertEquals(new Point(408, 0), p.get("c"));
    }

    @Test
    void aCycleIsBrokenAtItsFirstCard() {
        Charts charts = new Charts().role("a").role("b").role("c").role("d")
                .solid("a", "b").solid("b", "c").solid("c", "a").solid("d", "a");
        Map<String, Point> p = place(COMPACT, charts);
        assertEquals(0, p.get("a").y());
        assertEquals(112, p.get("c").y());
        assertEquals(224, p.get("b").y());
        assertEquals(112, p.get("d").y());
        Map<String, Point> selfAndPair = place(COMPACT, new Charts().role("x").role("y")
                .solid("x", "x").solid("x", "y").solid("y", "x"));
        assertEquals(0, selfAndPair.get("x").y());
        assertEquals(112, selfAndPair.get("y").y());
    }

    @Test
    void boundsCoverEveryCard() {
        Placement placement = CLASSIC.layout(new Charts().executive("ceo").role("a").role("b")
                .solid("a", "ceo").solid("b", "ceo").scenario());
        assertEquals(new Bounds(0, 0, 384, 176), placement.bounds());
        Placement empty = COMPACT.layout(new Charts().scenario());
        assertEquals(0, empty.size());
        assertTrue(empty.bounds().isEmpty());
    }

    @Test
    void aLongChainNeedsNoRecursion() {
        int n = 50_000;
        Charts charts = new Charts();
        for (int i = 0; i < n; i++) {
            charts.role("r" + i);
            if (i > 0) {
                charts.solid("r" + i, "r" + (i - 1));
            }
        }
        Placement placement = COMPACT.layout(charts.scenario());
        for (int i = 0; i < n; i++) {
            assertEquals(0, placement.x(i));
            assertEquals(112.0 * i, placement.y(i));
        }
    }

    @Test
    void aWideStarIsPlacedWithoutOverlapInBothForms() {
        int n = 50_000;
        Charts charts = new Charts().executive("ceo");
        for (int i = 0; i < n; i++) {
            charts.role("r" + i).solid("r" + i, "ceo");
        }
        Scenario star = charts.scenario();
        Placement classic = CLASSIC.layout(star);
        assertEquals(Optional.empty(), Charts.overlap(classic, 180, 64));
        assertEquals(204.0 * n - 24, classic.bounds().width());
        Placement compact = COMPACT.layout(star);
        assertEquals(Optional.empty(), Charts.overlap(compact, 180, 64));
        double aspect = compact.bounds().width() / compact.bounds().height();
        assertTrue(aspect > 1 && aspect < 2.5, "the compact star wraps into columns near a screen's shape: " + aspect);
    }

    @Test
    void aManagerWithManyLeafReportsGetsThemInColumnsRightOfItsCentre() {
        Charts charts = new Charts().executive("ceo");
        for (int i = 0; i < 40; i++) {
            charts.role("r" + i).solid("r" + i, "ceo");
        }
        Map<String, Point> p = COMPACT.layout(charts.scenario()).positions();
        assertEquals(new Point(0, 0), p.get("ceo"));
        assertEquals(p.get("r0").x(), p.get("r1").x(), "the first reports share a column");
        assertEquals(p.get("r0").y() + 80, p.get("r1").y());
        long columns = p.values().stream().filter(q -> q.y() > 0).mapToDouble(Point::x).distinct().count();
        assertTrue(columns >= 3, "forty reports wrap into several columns, not " + columns);
        for (int i = 0; i < 40; i++) {
            assertTrue(p.get("r" + i).x() > 90, "each report lies right of the manager's centre, so lines up pass no card");
        }
    }

    @Test
    void aLevelOfManyTeamsWrapsIntoColumnsOfStackedTeams() {
        Charts charts = new Charts().executive("ceo");
        for (int t = 0; t < 30; t++) {
            charts.team("t" + t).solid("t" + t, "ceo");
            for (int m = 0; m < 3; m++) {
                charts.role("t" + t + "m" + m, "t" + t);
            }
        }
        Placement placement = COMPACT.layout(charts.scenario());
        assertEquals(Optional.empty(), Charts.overlap(placement, 180, 64));
        double aspect = placement.bounds().width() / placement.bounds().height();
        assertTrue(aspect > 0.5 && aspect < 4, "thirty teams keep near a screen's shape: " + aspect);
        Map<String, Point> p = placement.positions();
        for (int t = 0; t < 30; t++) {
            Point team = p.get("t" + t);
            assertTrue(p.get("t" + t + "m0").x() > team.x() + 90, "a stacked team's members stand right of its centre");
        }
    }

    @Test
    void theOverlapCheckOfTheseTestsFindsOverlappingCards() {
        Placement touching = new Placement(new String[] {"a", "b"}, new double[] {0, 180}, new double[] {0, 0}, 180, 64);
        assertEquals(Optional.empty(), Charts.overlap(touching, 180, 64));
        Placement overlapping = new Placement(new String[] {"a", "b", "c"}, new double[] {0, 179, 900},
                new double[] {0, 63, 0}, 180, 64);
        assertEquals(Optional.of("b overlaps a"), Charts.overlap(overlapping, 180, 64));
    }
}
