package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;

class ChartPainterTest {

    private static final ChartTheme THEME = ChartTheme.LIGHT;
    private static ChartScene large;

    @BeforeAll
    static void buildLargeChart() {
        large = TestCharts.scene(TestCharts.large(10_000));
    }

    private static ChartScene small() {
        List<Node> nodes = List.of(
                new Executive("cmo", Office.CMO, "CMO", 200, 0),
                new Team("coe", "Martech CoE", "emea", null, null, 180, 120),
                new Role("a", "Architect", Archetype.LEADER, "coe", null, 1, Sourcing.IN_HOUSE, null, null,
                        List.of(), 0, 250),
                new Role("b", "Ops manager", Archetype.MAESTRO, "coe", null, 1.5, Sourcing.AGENCY, null, null,
                        List.of(), 400, 250));
        List<Line> lines = List.of(new Line("coe", "cmo", LineStyle.SOLID), new Line("a", "coe", LineStyle.SOLID),
                new Line("b", "cmo", LineStyle.DOTTED));
        return TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, lines)));
    }

    private static final Viewport SMALL_VIEW = new Viewport(-50, -50, 800, 500, 1);

    private static RecordingSurface paint(ChartScene scene, Viewport viewport, PaintOptions options) {
        RecordingSurface surface = new RecordingSurface();
        new ChartPainter().paint(surface, scene, viewport, options);
        assertTrue(surface.balanced(), "every save is restored");
        return surface;
    }

    @Test
    void fullDetailDrawsTheTitlesOfTheVisibleCardsOnly() {
        Viewport viewport = new Viewport(1000, 2000, 1600, 1000, 1.0);
        RecordingSurface surface = paint(large, viewport, PaintOptions.DEFAULT);
        int[] visible = ChartSceneTest.bruteNodes(large, viewport.visibleWorldRect());
        assertTrue(visible.length > 50 && visible.length < 400, "a screenful, not the chart: " + visible.length);

        Set<String> allLabels = new HashSet<>();
        for (int i = 0; i < large.nodeCount(); i++) {
            allLabels.add(large.node(i).label());
        }
        List<String> titlesDrawn = surface.texts().stream().filter(allLabels::contains).sorted().toList();
        List<String> titlesVisible = java.util.Arrays.stream(visible).mapToObj(i -> large.node(i).label()).sorted().toList();
        assertEquals(titlesVisible, titlesDrawn);

        long roles = java.util.Arrays.stream(visible).filter(i -> large.node(i) instanceof Role).count();
        long counted = java.util.Arrays.stream(visible).filter(i -> large.members(i) > 0).count();
        assertEquals(2 * roles + (visible.length - roles) + counted, surface.calls("fillRoundRect").size(),
                "a role card is two round fills, a team or executive one, a team's member tag one more");
        assertEquals(visible.length + counted, surface.calls("strokeRoundRect").size(),
                "one border per visible card, and one per member tag");
        assertTrue(surface.calls("strokePolyline").size() < large.lineCount() / 10, "lines are culled too");
    }

    @Test
    void longLinesAreStrokedOnlyNearTheScreen() {
        Viewport viewport = new Viewport(large.bounds().centerX(), large.bounds().y(), 1600, 1000, 1.0);
        RecordingSurface surface = paint(large, viewport, PaintOptions.DEFAULT);
        Rect near = viewport.visibleWorldRect().expanded(100);
        List<RecordingSurface.Call> strokes = lineStrokes(surface);
        assertTrue(strokes.size() > 10, strokes.size() + " strokes");
        for (RecordingSurface.Call stroke : strokes) {
            double[] xy = stroke.args();
            for (int k = 0; k < xy.length; k += 2) {
                assertTrue(near.contains(xy[k], xy[k + 1]), "(" + xy[k] + ", " + xy[k + 1] + ") is far off screen");
            }
        }
    }

    @Test
    void siblingsShareOneStrokeOfTheirCommonRunAndDashesLineUpWithTheWorld() {
        List<Node> nodes = new ArrayList<>(List.of(new Executive("cmo", Office.CMO, "CMO", 400, 0)));
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            nodes.add(Role.of("r" + k, "Role " + k, Archetype.MAKER, 250 * k, 200));
            lines.add(new Line("r" + k, "cmo", LineStyle.DOTTED));
        }
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(nodes, lines)));
        RecordingSurface surface = paint(scene, new Viewport(-50, -50, 1000, 400, 1), PaintOptions.DEFAULT);
        double runY = scene.route(0).y(1);
        List<RecordingSurface.Call> runs = lineStrokes(surface).stream()
                .filter(c -> Math.abs(c.args()[1] - runY) <= 0.5 && c.args()[1] == c.args()[3]).toList();
        assertEquals(1, runs.size(), "one stroke for the run the three lines share");
        double[] run = runs.get(0).args();
        assertEquals(CardMetrics.ROLE_WIDTH / 2, Math.min(run[0], run[2]), 0.5, "from the first role's centre (within half a pixel)");
        assertEquals(500 + CardMetrics.ROLE_WIDTH / 2, Math.max(run[0], run[2]), 0.5, "to the last one's");
        Dash dash = THEME.line(LineKind.DOTTED).dash();
        double period = dash.on() + dash.off();
        for (RecordingSurface.Call stroke : lineStrokes(surface)) {
            double start = stroke.args()[1] == stroke.args()[3] ? stroke.args()[0] : stroke.args()[1];
            assertEquals(start - Math.floor(start / period) * period, stroke.dashOffset(), 1e-9,
                    "the pattern starts where it would on a line from world coordinate 0");
        }
        assertEquals(1, surface.calls("fillPolygon").stream().filter(c -> THEME.line(LineKind.DOTTED).colour()
                .equals(c.fill())).count(), "the three arrowheads are one");
    }

    @Test
    void theBackgroundIsClearedFirstAndTheViewportTransformApplied() {
        Viewport viewport = new Viewport(100, 200, 640, 480, 2);
        RecordingSurface surface = paint(small(), viewport, PaintOptions.DEFAULT);
        RecordingSurface.Call first = surface.calls().get(0);
        assertEquals("fillRect", first.op());
        assertEquals(THEME.background(), first.fill());
        assertEquals(List.of(0.0, 0.0, 640.0, 480.0), java.util.Arrays.stream(first.args()).boxed().toList());
        assertEquals(2, surface.calls("scale").get(0).args()[0]);
        assertEquals(List.of(-100.0, -200.0),
                java.util.Arrays.stream(surface.calls("translate").get(0).args()).boxed().toList());
    }

    @Test
    void fullRoleCardsCarryGlyphTitleSummaryAndSourcingTag() {
        RecordingSurface surface = paint(small(), SMALL_VIEW, PaintOptions.DEFAULT);
        List<String> texts = surface.texts();
        assertTrue(texts.contains("Ops manager"));
        assertTrue(texts.contains("Maestro \u00b7 1.5 FTE \u00b7 EMEA"), texts.toString());
        assertTrue(texts.contains("Agency"));
        assertFalse(texts.contains("In-house"), "in-house roles have no tag");
        assertEquals(1, texts.stream().filter("CMO"::equals).count(), "a title that is the office's name is not repeated");
        assertTrue(texts.contains("Martech CoE"));
        assertTrue(texts.contains("EMEA"));
        Rgb leader = THEME.archetype(Archetype.LEADER);
        assertTrue(surface.count(c -> c.op().equals("fillRoundRect") && leader.equals(c.fill())) == 1, "the band");
        assertTrue(surface.count(c -> c.op().equals("fillPolygon") && c.fill().equals(leader.contrasting())) == 1,
                "the Leader star on the band");
        assertEquals(THEME.sourcingDash(Sourcing.AGENCY),
                surface.calls("strokeRoundRect").stream().filter(c -> !c.dash().solid()).findFirst().orElseThrow().dash());
    }

    @Test
    void compactCardsCarryTheTitleOnly() {
        RecordingSurface surface = paint(small(), SMALL_VIEW, PaintOptions.DEFAULT.withDetail(LevelOfDetail.COMPACT));
        assertEquals(List.of("CMO", "Martech CoE", "Architect", "Ops manager"), surface.texts());
        assertEquals(CardMetrics.COMPACT_FONT.size(), surface.calls("text").get(0).args()[2]);
    }

    @Test
    void blocksAreOneRectanglePerCardWithoutText() {
        Viewport viewport = new Viewport(large.bounds().x(), large.bounds().y(), 1600, 1000, 0.1);
        assertEquals(LevelOfDetail.BLOCKS, viewport.detail());
        RecordingSurface surface = paint(large, viewport, PaintOptions.DEFAULT);
        int visible = large.nodesIn(viewport.visibleWorldRect()).length;
        assertTrue(visible > 4_000, visible + " cards visible");
        assertEquals(0, surface.calls("text").size());
        assertEquals(1 + visible, surface.calls("fillRect").size(), "the background and a block per card");
        assertEquals(0, surface.calls("fillRoundRect").size());
        assertEquals(0, surface.calls("fillPolygon").size(), "no arrowheads");
        assertTrue(lineStrokes(surface).size() > 0, "lines are still drawn");
    }

    @Test
    void dotsAreBoundedByTheScreenNotTheChart() {
        Viewport viewport = new Viewport(large.bounds().x(), large.bounds().y(), 200, 120, 0.01);
        assertEquals(LevelOfDetail.DOTS, viewport.detail());
        RecordingSurface surface = paint(large, viewport, PaintOptions.DEFAULT);
        int cells = (200 / BlockPainter.DOT_CELL + 1) * (120 / BlockPainter.DOT_CELL + 1);
        int blocks = surface.calls("fillRect").size() - 1;
        assertTrue(blocks > 0 && blocks <= cells, blocks + " dots for " + cells + " cells");
        assertTrue(blocks < large.nodesIn(viewport.visibleWorldRect()).length / 2);
        assertEquals(0, surface.calls("text").size());
        assertEquals(0, lineStrokes(surface).size());
    }

    @Test
    void inactiveNodesAndTheirLinesAreGhosted() {
        ChartScene scene = small();
        int inactive = scene.indexOf("b");
        RecordingSurface surface = paint(scene, SMALL_VIEW, PaintOptions.DEFAULT.withActive(i -> i != inactive));
        double ghost = THEME.ghostAlpha();
        assertEquals(ghost, textCall(surface, "Ops manager").fill().alpha(), 1e-9);
        assertEquals(1, textCall(surface, "Architect").fill().alpha(), 1e-9);
        List<RecordingSurface.Call> strokes = lineStrokes(surface);
        List<LineRoute> atB = new ArrayList<>();
        List<LineRoute> others = new ArrayList<>();
        for (int line = 0; line < scene.lineCount(); line++) {
            boolean meetsB = scene.lineFrom(line) == inactive || scene.lineTo(line) == inactive;
            (meetsB ? atB : others).add(scene.route(line));
        }
        assertEquals(2, atB.size(), "the dotted line and the member connector");
        for (RecordingSurface.Call stroke : strokes) {
            boolean ghosted = stroke.stroke().alpha() == ghost;
            assertTrue((ghosted ? atB : others).stream().anyMatch(route -> onRoute(stroke, route)),
                    (ghosted ? "a ghosted stroke off the lines at b: " : "a plain stroke off the other lines: ")
                            + java.util.Arrays.toString(stroke.args()));
        }
        assertTrue(strokes.stream().anyMatch(c -> c.stroke().alpha() == ghost));
        assertTrue(strokes.stream().anyMatch(c -> c.stroke().alpha() == 1));

        RecordingSurface blocks = paint(scene, SMALL_VIEW, PaintOptions.DEFAULT.withActive(i -> i != inactive)
                .withDetail(LevelOfDetail.BLOCKS));
        assertEquals(1, blocks.count(c -> c.op().equals("fillRect") && c.fill().alpha() == ghost));
    }

    @Test
    void selectedNodesAndLinesAreOutlinedInTheSelectionColour() {
        ChartScene scene = small();
        RecordingSurface plain = paint(scene, SMALL_VIEW, PaintOptions.DEFAULT);
        assertEquals(0, plain.count(c -> THEME.selection().equals(c.colour())));

        RecordingSurface surface = paint(scene, SMALL_VIEW,
                PaintOptions.DEFAULT.withSelectedNodes(Set.of("a", "unknown")).withSelectedLine(1));
        List<RecordingSurface.Call> outlines = surface.calls("strokeRoundRect").stream()
                .filter(c -> THEME.selection().equals(c.stroke())).toList();
        assertEquals(1, outlines.size());
        double[] box = outlines.get(0).args();
        Rect card = scene.card(scene.indexOf("a"));
        assertTrue(box[0] < card.x() && box[1] < card.y() && box[0] + box[2] > card.maxX() && box[1] + box[3] > card.maxY(),
                "the outline surrounds the card");
        assertEquals(1, surface.count(c -> c.op().equals("strokePolyline") && THEME.selection().equals(c.stroke())));
        RecordingSurface.Call last = surface.calls().get(surface.calls().size() - 1);
        assertEquals(THEME.selection(), last.colour(), "the selection is painted last, over the cards");
    }

    @Test
    void badgesShowSeverityByColourAndShapeAndTheCountAtFullDetail() {
        ChartScene scene = small();
        PaintOptions options = PaintOptions.DEFAULT.withBadges(Map.of(
                "a", new Badge(BadgeSeverity.ERROR, 3),
                "b", new Badge(BadgeSeverity.WARNING, 150),
                "cmo", new Badge(BadgeSeverity.INFO, 1)));
        RecordingSurface surface = paint(scene, SMALL_VIEW, options);
        RecordingSurface.Call error = surface.calls("fillOval").stream()
                .filter(c -> THEME.badge(BadgeSeverity.ERROR).equals(c.fill())).findFirst().orElseThrow();
        Rect card = scene.card(scene.indexOf("a"));
        assertEquals(card.maxX(), error.args()[0] + error.args()[2] / 2, 1e-9, "centred on the top-right corner");
        assertEquals(card.y(), error.args()[1] + error.args()[3] / 2, 1e-9);
        assertEquals(1, surface.count(c -> c.op().equals("fillPolygon") && THEME.badge(BadgeSeverity.WARNING).equals(c.fill())));
        assertEquals(1, surface.count(c -> c.op().equals("fillRoundRect") && THEME.badge(BadgeSeverity.INFO).equals(c.fill())));
        assertTrue(surface.texts().containsAll(List.of("3", "99+", "1")));

        RecordingSurface compact = paint(scene, new Viewport(-50, -50, 800, 500, 0.4), options);
        RecordingSurface.Call small = compact.calls("fillOval").stream()
                .filter(c -> THEME.badge(BadgeSeverity.ERROR).equals(c.fill())).findFirst().orElseThrow();
        assertEquals(2 * MarkPainter.MIN_BADGE_PIXELS / 0.4, small.args()[2], 1e-9, "badges keep a readable size on screen");

        RecordingSurface blocks = paint(scene, SMALL_VIEW, options.withDetail(LevelOfDetail.BLOCKS));
        assertEquals(0, blocks.calls("text").size());
        assertEquals(1, blocks.count(c -> c.op().equals("fillOval") && THEME.badge(BadgeSeverity.ERROR).equals(c.fill())));
    }

    @Test
    void zoomedFarOutBadgesSharingAFewPixelsAreDrawnOnceTheMostSevereOnTop() {
        Map<String, Badge> badges = new java.util.HashMap<>();
        for (int i = 0; i < large.nodeCount(); i++) {
            badges.put(large.node(i).id(), new Badge(i % 40 == 0 ? BadgeSeverity.ERROR : BadgeSeverity.WARNING, 1));
        }
        Rect bounds = large.bounds();
        double crowded = Viewport.fit(bounds, 1600, 1000, 40, 1.5).scale() / 10;
        RecordingSurface surface = paint(large, new Viewport(bounds.x(), bounds.y(), 1600, 1000, crowded), PaintOptions.DEFAULT.withBadges(badges));
        long errors = surface.count(c -> c.op().equals("fillOval") && THEME.badge(BadgeSeverity.ERROR).equals(c.fill()));
        long warnings = surface.count(c -> c.op().equals("fillPolygon"));
        assertTrue(errors + warnings < large.nodeCount() / 4, "far fewer markers than badges: " + (errors + warnings));
        assertTrue(errors > 0 && warnings > 0);

        // Two cards whose badges fall in the same cell: the error is drawn, not the warning.
        ChartScene scene = small();
        Viewport far = new Viewport(-50, -50, 800, 500, 0.002);
        RecordingSurface both = paint(scene, far, PaintOptions.DEFAULT.withDetail(LevelOfDetail.BLOCKS).withBadges(
                Map.of("a", new Badge(BadgeSeverity.WARNING, 1), "b", new Badge(BadgeSeverity.ERROR, 1))));
        assertEquals(1, both.calls("fillOval").size());
        assertEquals(0, both.calls("fillPolygon").size());
    }

    @Test
    void badgesOfCardsOffScreenAreNotPainted() {
        ChartScene scene = small();
        RecordingSurface surface = paint(scene, new Viewport(5000, 5000, 100, 100, 1),
                PaintOptions.DEFAULT.withBadges(Map.of("a", new Badge(BadgeSeverity.ERROR, 1))));
        assertEquals(List.of("fillRect"), surface.calls().stream().map(RecordingSurface.Call::op)
                .filter(op -> !op.equals("scale") && !op.equals("translate")).distinct().toList(), "the background only");
    }

    @Test
    void everyWordComesFromTheLabels() {
        Map<String, String> german = Map.of("archetype.maestro", "Dirigent", "fte", "{0} VZÄ",
                "sourcing.agency", "Agentur", "office.cmo", "Marketing");
        ChartLabels labels = new KeyedChartLabels(key -> german.getOrDefault(key, "¤"), Locale.GERMANY);
        RecordingSurface surface = new RecordingSurface();
        new ChartPainter(THEME, labels).paint(surface, small(), SMALL_VIEW, PaintOptions.DEFAULT);
        List<String> texts = surface.texts();
        assertTrue(texts.contains("Dirigent \u00b7 1,5 VZÄ \u00b7 EMEA"), texts.toString());
        assertTrue(texts.contains("Agentur"));
        assertTrue(texts.contains("Marketing"));
        for (String text : texts) {
            for (String english : KeyedChartLabels.ENGLISH_TEXTS.values()) {
                if (english.length() > 3) {
                    assertFalse(text.contains(english), "hard-coded \"" + english + "\" in \"" + text + "\"");
                }
            }
        }
    }

    @Test
    void longTitlesWrapOnTheCardAndAreCutWithAnEllipsisOnlyWhereTheCardEnds() {
        String title = "Senior global marketing automation platform owner and architect for every region";
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(
                List.of(Role.of("r", title, Archetype.MAKER, 0, 0)), List.of())));
        RecordingSurface surface = paint(scene, new Viewport(-10, -10, 300, 100, 1), PaintOptions.DEFAULT);
        List<RecordingSurface.Call> lines = surface.calls("text").stream()
                .filter(c -> c.args()[2] == CardMetrics.TITLE_FONT.size()).toList();
        assertTrue(lines.size() >= 2, "wrapped");
        String last = lines.get(lines.size() - 1).text();
        assertTrue(last.endsWith(TextFitter.ELLIPSIS), last);
        String shown = lines.stream().map(RecordingSurface.Call::text).reduce((a, b) -> a + " " + b).orElseThrow();
        assertTrue(title.startsWith(shown.substring(0, shown.length() - 1).strip()), shown);
        double room = CardMetrics.ROLE_WIDTH - CardMetrics.BAND_WIDTH - 2 * CardMetrics.PADDING;
        for (RecordingSurface.Call line : lines) {
            assertTrue(surface.textWidth(line.text(), CardMetrics.TITLE_FONT) <= room, line.text());
            assertTrue(line.args()[1] > 0 && line.args()[1] < CardMetrics.ROLE_HEIGHT, "on the card");
        }
    }

    @Test
    void withWholeTitlesEveryTitleIsDrawnWhole() {
        String title = "Senior global marketing automation platform owner and architect for every region";
        ChartScene scene = TestCharts.scene(TestCharts.design(TestCharts.scenario(
                List.of(Role.of("r", title, Archetype.MAKER, 0, 0)), List.of())));
        RecordingSurface surface = paint(scene, new Viewport(-10, -10, 300, 100, 1),
                PaintOptions.DEFAULT.withDetail(LevelOfDetail.FULL).withWholeTitles(true));
        List<String> texts = surface.texts();
        assertTrue(texts.stream().noneMatch(t -> t.endsWith(TextFitter.ELLIPSIS)), texts.toString());
        assertTrue(String.join(" ", texts).startsWith(title), texts.toString());
    }

    @Test
    void arrowheadsAreDrawnAtFullDetail() {
        RecordingSurface surface = paint(small(), SMALL_VIEW, PaintOptions.DEFAULT);
        Rgb solid = THEME.line(LineKind.SOLID).colour();
        Rgb dotted = THEME.line(LineKind.DOTTED).colour();
        assertEquals(2, surface.count(c -> c.op().equals("fillPolygon") && solid.equals(c.fill())));
        assertEquals(1, surface.count(c -> c.op().equals("fillPolygon") && dotted.equals(c.fill())));
        List<RecordingSurface.Call> dashed = lineStrokes(surface).stream().filter(c -> !c.dash().solid()).toList();
        assertEquals(3, dashed.size(), "the dotted elbow's three pieces");
        assertTrue(dashed.stream().allMatch(c -> dotted.equals(c.stroke())));
    }

    @Test
    void theGridStaysSparseWhenZoomedOut() {
        RecordingSurface surface = paint(large, new Viewport(0, 0, 1600, 1000, 0.02), PaintOptions.DEFAULT.withGrid(true));
        long gridLines = surface.count(c -> c.op().equals("strokeLine") && THEME.grid().equals(c.stroke()));
        assertTrue(gridLines > 0 && gridLines <= 1600 / ChartPainter.GRID_MIN_PIXELS + 1000 / ChartPainter.GRID_MIN_PIXELS + 4,
                gridLines + " grid lines");
        RecordingSurface none = paint(large, new Viewport(0, 0, 1600, 1000, 0.02), PaintOptions.DEFAULT);
        assertEquals(0, none.calls("strokeLine").size());
    }

    @Test
    void aDraggedSceneIsPaintedAtTheNewPlace() {
        ChartScene scene = small();
        int a = scene.indexOf("a");
        ChartScene moved = scene.withMovedNodes(new int[] {a}, new double[] {5000}, new double[] {5000});
        RecordingSurface surface = paint(moved, SMALL_VIEW, PaintOptions.DEFAULT);
        assertFalse(surface.texts().contains("Architect"));
        RecordingSurface there = paint(moved, new Viewport(4900, 4900, 400, 300, 1), PaintOptions.DEFAULT);
        assertTrue(there.texts().contains("Architect"));
    }

    @Test
    void aFittedHugeChartIsDrawnAsDots() {
        assertEquals(LevelOfDetail.DOTS, Viewport.fit(large.bounds(), 1600, 1000, 20, 1).detail());
    }

    /** The strokes of chart lines (not of glyphs or the selection). */
    private static List<RecordingSurface.Call> lineStrokes(RecordingSurface surface) {
        return surface.calls().stream()
                .filter(c -> (c.op().equals("strokeLine") || c.op().equals("strokePolyline")) && isLineColour(c.stroke()))
                .toList();
    }

    /** Whether every point of {@code stroke} lies on {@code route}, give or take a pixel at scale 1. */
    private static boolean onRoute(RecordingSurface.Call stroke, LineRoute route) {
        double[] xy = stroke.args();
        for (int k = 0; k < xy.length; k += 2) {
            if (route.distanceTo(xy[k], xy[k + 1]) > 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineColour(Rgb colour) {
        for (LineKind kind : LineKind.values()) {
            if (THEME.line(kind).colour().withAlpha(colour.alpha()).equals(colour)) {
                return true;
            }
        }
        return false;
    }

    private static RecordingSurface.Call textCall(RecordingSurface surface, String text) {
        return surface.calls("text").stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }
}
