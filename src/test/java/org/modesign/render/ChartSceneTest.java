package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;

class ChartSceneTest {

    private static ChartScene small() {
        List<Node> nodes = List.of(
                new Executive("cmo", Office.CMO, "CMO", 400, 0),
                new Team("coe", "Martech CoE", "emea", null, null, 380, 150),
                new Role("a", "Architect", Archetype.LEADER, "coe", null, 1, Sourcing.IN_HOUSE, null, null,
                        List.of(), 300, 300),
                new Role("b", "Analyst", Archetype.MODELER, "coe", "apac", 1, Sourcing.AGENCY, null, null,
                        List.of(), 500, 300),
                new Role("c", "Admin", Archetype.MAESTRO, "coe", "global", 1, Sourcing.IN_HOUSE, null, null,
                        List.of(), 700, 300),
                Role.of("d", "Loner", Archetype.MAKER, 900, 300));
        List<Line> lines = List.of(
                new Line("coe", "cmo", LineStyle.SOLID),
                new Line("a", "coe", LineStyle.SOLID),
                new Line("b", "cmo", LineStyle.DOTTED));
        return TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, lines)));
    }

    @Test
    void eachNodeTypeHasItsCardAtItsPosition() {
        ChartScene scene = small();
        assertEquals(new Rect(400, 0, CardMetrics.EXECUTIVE_WIDTH, CardMetrics.EXECUTIVE_HEIGHT), scene.card(0));
        assertEquals(new Rect(380, 150, CardMetrics.TEAM_WIDTH, CardMetrics.TEAM_HEIGHT), scene.card(1));
        assertEquals(new Rect(300, 300, CardMetrics.ROLE_WIDTH, CardMetrics.ROLE_HEIGHT), scene.card(2));
        assertEquals(300, scene.cardX(2));
        assertEquals(CardMetrics.ROLE_HEIGHT, scene.cardHeight(5));
        assertEquals(new Rect(300, 0, 900 + CardMetrics.ROLE_WIDTH - 300, 364), scene.bounds());
    }

    @Test
    void regionsComeFromTheRoleThenItsTeamAndGlobalIsNull() {
        ChartScene scene = small();
        assertNull(scene.regionName(0), "executives have no region");
        assertEquals("EMEA", scene.regionName(1));
        assertEquals("EMEA", scene.regionName(2), "from the team");
        assertEquals("APAC", scene.regionName(3), "its own");
        assertNull(scene.regionName(4), "global");
        assertNull(scene.regionName(5), "no team, no region");
    }

    @Test
    void modelLinesComeFirstThenAMemberConnectorPerTeamRoleWithoutASolidLine() {
        ChartScene scene = small();
        assertEquals(3, scene.modelLineCount());
        assertEquals(5, scene.lineCount());
        assertEquals(List.of(LineKind.SOLID, LineKind.SOLID, LineKind.DOTTED, LineKind.MEMBER, LineKind.MEMBER),
                java.util.stream.IntStream.range(0, 5).mapToObj(scene::lineKind).toList());
        assertEquals(3, scene.lineFrom(3), "b has only a dotted line, so it is drawn as a member too");
        assertEquals(4, scene.lineFrom(4));
        assertEquals(1, scene.lineTo(4));
        assertEquals(scene.indexOf("coe"), scene.lineFrom(0));
        assertEquals(scene.indexOf("cmo"), scene.lineTo(0));
    }

    @Test
    void linesRunFromTheSubordinatesTopToTheSuperiorsBottom() {
        ChartScene scene = small();
        LineRoute route = scene.route(1);
        assertEquals(300 + CardMetrics.ROLE_WIDTH / 2, route.x(0));
        assertEquals(300, route.y(0));
        assertEquals(380 + CardMetrics.TEAM_WIDTH / 2, route.endX());
        assertEquals(150 + CardMetrics.TEAM_HEIGHT, route.endY());
    }

    @Test
    void aLineToAMissingNodeIsKeptButNeverDrawnOrHit() {
        List<Node> nodes = List.of(Role.of("a", "A", Archetype.MAKER, 0, 0));
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes,
                List.of(new Line("a", "ghost", LineStyle.SOLID)))));
        assertEquals(1, scene.lineCount());
        assertEquals(-1, scene.lineTo(0));
        assertEquals(0, scene.route(0).pointCount());
        assertEquals(-1, scene.lineAt(90, 0, 100));
    }

    @Test
    void nodeAtFindsTheTopmostCard() {
        List<Node> nodes = List.of(Role.of("low", "Low", Archetype.MAKER, 0, 0),
                Role.of("high", "High", Archetype.MAKER, 100, 30),
                Role.of("other", "Other", Archetype.MAKER, 1000, 0));
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, List.of())));
        assertEquals(1, scene.nodeAt(150, 50));
        assertEquals(0, scene.nodeAt(50, 50));
        assertEquals(-1, scene.nodeAt(500, 50));
        assertEquals(0, scene.nodeAt(180, 20), "edges count");
        assertEquals(0, scene.indexOf("low"));
        assertEquals(-1, scene.indexOf("nope"));
    }

    @Test
    void cullingAndHitTestingMatchABruteForceSearchOnRandomCharts() {
        for (long seed = 1; seed <= 10; seed++) {
            ChartScene scene = TestCharts.scene(TestCharts.random(seed, 800, 15_000));
            Random random = new Random(seed);
            for (int q = 0; q < 40; q++) {
                Rect area = new Rect((random.nextDouble() - 0.5) * 16_000, (random.nextDouble() - 0.5) * 16_000,
                        random.nextDouble() * 4_000, random.nextDouble() * 3_000);
                assertArrayEquals(bruteNodes(scene, area), scene.nodesIn(area), "seed " + seed);
                assertEquals(bruteLines(scene, area), foundLines(scene, area), "seed " + seed);
                double x = (random.nextDouble() - 0.5) * 15_000;
                double y = (random.nextDouble() - 0.5) * 15_000;
                assertEquals(bruteNodeAt(scene, x, y), scene.nodeAt(x, y));
                assertEquals(bruteLineAt(scene, x, y, 30), scene.lineAt(x, y, 30));
            }
        }
    }

    @Test
    void movedNodesMatchAFreshlyBuiltScene() {
        Design design = TestCharts.random(42, 600, 10_000);
        ChartScene scene = TestCharts.scene(design);
        Random random = new Random(42);
        int[] moved = {5, 77, 300, 599};
        double[] xs = new double[moved.length];
        double[] ys = new double[moved.length];
        List<Node> nodes = new ArrayList<>(design.scenarios().get(0).nodes());
        for (int k = 0; k < moved.length; k++) {
            xs[k] = (random.nextDouble() - 0.5) * 12_000;
            ys[k] = (random.nextDouble() - 0.5) * 12_000;
            nodes.set(moved[k], nodes.get(moved[k]).withPosition(xs[k], ys[k]));
        }
        ChartScene dragged = scene.withMovedNodes(moved, xs, ys);
        ChartScene fresh = TestCharts.scene(design.withScenario(0, design.scenarios().get(0).withNodes(nodes)));
        for (int i = 0; i < fresh.nodeCount(); i++) {
            assertEquals(fresh.card(i), dragged.card(i));
        }
        for (int l = 0; l < fresh.lineCount(); l++) {
            assertEquals(fresh.route(l), dragged.route(l), "line " + l);
        }
        assertEquals(fresh.bounds(), dragged.bounds());
        for (int q = 0; q < 100; q++) {
            Rect area = new Rect((random.nextDouble() - 0.5) * 12_000, (random.nextDouble() - 0.5) * 12_000,
                    random.nextDouble() * 3_000, random.nextDouble() * 3_000);
            assertArrayEquals(fresh.nodesIn(area), dragged.nodesIn(area));
            assertEquals(foundLines(fresh, area), foundLines(dragged, area));
        }
        assertEquals(scene.node(5).x(), dragged.node(5).x(), "the model node is not changed");
    }

    @Test
    void anUpdatedSceneMatchesAFreshlyBuiltOneAfterAnyEdit() {
        Design design = TestCharts.random(7, 400, 8_000);
        ChartScene scene = TestCharts.scene(design);
        Scenario base = design.scenarios().get(0);
        int roleIndex = indexOfFirstRole(base);
        Role role = (Role) base.nodes().get(roleIndex);
        List<java.util.function.UnaryOperator<Node>> edits = List.of(
                n -> role.withResponsibilities(List.of()).withPhases(null, null),
                n -> role.withPosition(role.x() + 700, role.y() - 300),
                n -> role.withTitle("Renamed and much longer title"),
                n -> role.withArchetype(role.archetype() == Archetype.MAKER ? Archetype.MAESTRO : Archetype.MAKER),
                n -> role.withTeam(null),
                n -> role.withFte(role.fte() + 1).withPosition(10, 10));
        for (java.util.function.UnaryOperator<Node> edit : edits) {
            List<Node> nodes = new ArrayList<>(base.nodes());
            nodes.set(roleIndex, edit.apply(role));
            Design edited = design.withScenario(0, base.withNodes(nodes));
            ChartScene updated = scene.updatedTo(edited, edited.scenarios().get(0));
            assertSameChart(TestCharts.scene(edited), updated);
            assertEquals(nodes.get(roleIndex), updated.node(roleIndex), "the scene holds the new node");
            boolean unseen = edit == edits.get(0);
            assertEquals(unseen, updated.looksLike(scene), "only an edit nothing on the chart shows keeps the look");
        }
        List<Line> lines = new ArrayList<>(base.lines());
        lines.remove(0);
        Design fewerLines = design.withScenario(0, base.withLines(lines));
        assertSameChart(TestCharts.scene(fewerLines), scene.updatedTo(fewerLines, fewerLines.scenarios().get(0)));
    }

    private static int indexOfFirstRole(Scenario scenario) {
        for (int i = 0; i < scenario.nodes().size(); i++) {
            if (scenario.nodes().get(i) instanceof Role r && r.team() != null) {
                return i;
            }
        }
        throw new AssertionError("no role in a team");
    }

    private static void assertSameChart(ChartScene expected, ChartScene actual) {
        assertEquals(expected.nodeCount(), actual.nodeCount());
        for (int i = 0; i < expected.nodeCount(); i++) {
            assertEquals(expected.card(i), actual.card(i));
            assertEquals(expected.regionName(i), actual.regionName(i));
        }
        assertEquals(expected.lineCount(), actual.lineCount());
        for (int l = 0; l < expected.lineCount(); l++) {
            assertEquals(expected.route(l), actual.route(l), "line " + l);
            assertEquals(expected.lineKind(l), actual.lineKind(l));
        }
        assertEquals(expected.bounds(), actual.bounds());
        Rect area = expected.bounds();
        assertArrayEquals(expected.nodesIn(area), actual.nodesIn(area));
        assertEquals(foundLines(expected, area), foundLines(actual, area));
    }

    @Test
    void movingNeedsOnePositionPerNode() {
        assertThrows(IllegalArgumentException.class,
                () -> small().withMovedNodes(new int[] {1, 2}, new double[] {0}, new double[] {0}));
    }

    @Test
    void aLargeChartIsBuiltWithEveryNodeFindable() {
        ChartScene scene = TestCharts.scene(TestCharts.large(10_000));
        assertEquals(2 + 500 + 10_000, scene.nodeCount());
        assertArrayEquals(bruteNodes(scene, scene.bounds()), scene.nodesIn(scene.bounds()));
        assertEquals(scene.nodeCount(), scene.nodesIn(scene.bounds()).length);
    }

    @Test
    void anEmptyScenarioHasEmptyBounds() {
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(List.of(), List.of())));
        assertEquals(Rect.EMPTY, scene.bounds());
        assertEquals(0, scene.nodesIn(new Rect(-10, -10, 20, 20)).length);
        assertEquals(-1, scene.nodeAt(0, 0));
    }

    static int[] bruteNodes(ChartScene scene, Rect area) {
        return java.util.stream.IntStream.range(0, scene.nodeCount()).filter(i -> scene.card(i).intersects(area)).toArray();
    }

    private static List<Integer> bruteLines(ChartScene scene, Rect area) {
        List<Integer> result = new ArrayList<>();
        for (int l = 0; l < scene.lineCount(); l++) {
            LineRoute route = scene.route(l);
            for (int s = 0; s < route.segmentCount(); s++) {
                Rect box = new Rect(Math.min(route.x(s), route.x(s + 1)), Math.min(route.y(s), route.y(s + 1)),
                        Math.abs(route.x(s) - route.x(s + 1)), Math.abs(route.y(s) - route.y(s + 1)));
                if (box.intersects(area)) {
                    result.add(l);
                    break;
                }
            }
        }
        return result;
    }

    private static List<Integer> foundLines(ChartScene scene, Rect area) {
        List<Integer> result = new ArrayList<>();
        scene.forEachLineIn(area, result::add);
        result.sort(null);
        return result;
    }

    private static int bruteNodeAt(ChartScene scene, double x, double y) {
        int top = -1;
        for (int i = 0; i < scene.nodeCount(); i++) {
            if (scene.card(i).contains(x, y)) {
                top = i;
            }
        }
        return top;
    }

    private static int bruteLineAt(ChartScene scene, double x, double y, double tolerance) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int l = 0; l < scene.lineCount(); l++) {
            double d = scene.route(l).distanceTo(x, y);
            if (d <= tolerance && d <= bestDistance) {
                best = l;
                bestDistance = d;
            }
        }
        return best;
    }
}
