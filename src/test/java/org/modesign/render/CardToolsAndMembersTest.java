package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Region;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.StackEntry;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

/** The tools a card owns, on the card; the members a committee or squad lists. */
class CardToolsAndMembersTest {

    private static final Viewport VIEW = new Viewport(-50, -50, 1400, 700, 1);

    private static Scenario scenario(TeamKind kind, int extraMembers, List<StackEntry> stack) {
        List<Node> nodes = new ArrayList<>(List.of(
                new Executive("cmo", Office.CMO, "CMO", 200, 0),
                new Team("board", "Martech board", null, null, null, 180, 120).withKind(kind),
                Role.of("a", "Architect", Archetype.LEADER, 0, 250).withTeam("board"),
                Role.of("b", "Ops", Archetype.MAESTRO, 250, 250).withAlsoIn(List.of("board"))));
        for (int i = 0; i < extraMembers; i++) {
            nodes.add(Role.of("x" + i, "Regional marketer " + i, Archetype.MARKETER, 500 + 250 * i, 250)
                    .withAlsoIn(List.of("board")));
        }
        return TestCharts.scenario(nodes, List.of(new Line("board", "cmo", LineStyle.SOLID))).withStack(stack);
    }

    private static final List<StackEntry> STACK = List.of(
            new StackEntry("mkto", Region.GLOBAL, "a", null, null),
            new StackEntry("mkto", "emea", "a", null, null),
            new StackEntry("sfdc", Region.GLOBAL, "a", null, null),
            new StackEntry("cms", Region.GLOBAL, "cmo", null, null),
            new StackEntry("ga", Region.GLOBAL, null, null, null));

    private static RecordingSurface paint(ChartScene scene, LevelOfDetail detail) {
        RecordingSurface surface = new RecordingSurface();
        new ChartPainter().paint(surface, scene, VIEW, new PaintOptions(Set.of(), -1, i -> true, Map.of(), detail,
                false));
        assertTrue(surface.balanced());
        return surface;
    }

    @Test
    void aCardSaysHowManyToolsItOwnsEachToolOnce() {
        ChartScene scene = TestCharts.scene(TestCharts.design(scenario(TeamKind.DEPARTMENT, 0, STACK)));
        assertEquals(2, scene.ownedTools(scene.indexOf("a")), "Marketo in two regions counts once");
        assertEquals(1, scene.ownedTools(scene.indexOf("cmo")));
        assertEquals(0, scene.ownedTools(scene.indexOf("b")));
        List<String> texts = paint(scene, LevelOfDetail.FULL).texts();
        assertTrue(texts.contains("2 tools"), texts.toString());
        assertTrue(texts.contains("1 tool"), texts.toString());
    }

    @Test
    void zoomedOutTheNumberStaysAndFarOutItGoes() {
        ChartScene scene = TestCharts.scene(TestCharts.design(scenario(TeamKind.DEPARTMENT, 0, STACK)));
        List<String> compact = paint(scene, LevelOfDetail.COMPACT).texts();
        assertTrue(compact.contains("2"), compact.toString());
        assertFalse(compact.contains("2 tools"));
        assertFalse(paint(scene, LevelOfDetail.BLOCKS).texts().contains("2"));
    }

    @Test
    void thePhaseShownCountsItsOwnTools() {
        ChartScene scene = TestCharts.scene(TestCharts.design(scenario(TeamKind.DEPARTMENT, 0, STACK)));
        TeamFigures phase = new TeamFigures() {
            @Override
            public int members(int index) {
                return 0;
            }

            @Override
            public double fte(int index) {
                return 0;
            }

            @Override
            public int tools(int index) {
                return index == scene.indexOf("b") ? 5 : 0;
            }
        };
        RecordingSurface surface = new RecordingSurface();
        new ChartPainter().paint(surface, scene, VIEW, new PaintOptions(Set.of(), -1, i -> true, Map.of(),
                LevelOfDetail.FULL, false).withTeams(phase));
        assertTrue(surface.texts().contains("5 tools"));
        assertFalse(surface.texts().contains("2 tools"), "the figures handed in, not the scene's own");
    }

    @Test
    void aChangeOfOwnerRepaintsTheCardsWithoutRebuildingTheScene() {
        Scenario before = scenario(TeamKind.DEPARTMENT, 0, STACK);
        ChartScene scene = TestCharts.scene(TestCharts.design(before));
        List<StackEntry> moved = new ArrayList<>(STACK);
        moved.set(4, STACK.get(4).withOwner("b"));
        Scenario after = before.withStack(moved);
        ChartScene updated = scene.updatedTo(TestCharts.design(after), after);
        assertEquals(1, updated.ownedTools(updated.indexOf("b")));
        assertFalse(updated.looksLike(scene), "the cards paint anew");
        Scenario same = after.withStack(new ArrayList<>(moved));
        assertTrue(updated.updatedTo(TestCharts.design(same), same).looksLike(updated),
                "an equal stack keeps the picture");
    }

    @Test
    void aCommitteeListsWhoServesOnIt() {
        ChartScene scene = TestCharts.scene(TestCharts.design(scenario(TeamKind.COMMITTEE, 0, List.of())));
        String texts = String.join(" | ", paint(scene, LevelOfDetail.FULL).texts());
        assertTrue(texts.contains("Global · Architect, Ops"), texts);
    }

    @Test
    void aCommitteeWithManyMembersListsWhatFitsThenHowManyMore() {
        ChartScene scene = TestCharts.scene(TestCharts.design(scenario(TeamKind.SQUAD, 6, List.of())));
        String texts = String.join(" | ", paint(scene, LevelOfDetail.FULL).texts());
        assertTrue(texts.matches(".*Architect, .*\\+\\d more.*"), texts);
    }

    @Test
    void aReportingTeamListsNoOne() {
        ChartScene scene = TestCharts.scene(TestCharts.design(scenario(TeamKind.DEPARTMENT, 0, List.of())));
        String texts = String.join(" | ", paint(scene, LevelOfDetail.FULL).texts());
        assertFalse(texts.contains("Global · Architect, Ops"), texts);
        assertEquals(0, scene.listedMembers(scene.indexOf("board")).length);
    }

    @Test
    void theToolsTagStaysClearOfTheChevronOfAFoldableCard() {
        ChartScene plain = TestCharts.scene(TestCharts.design(scenario(TeamKind.DEPARTMENT, 0, STACK)));
        int a = plain.indexOf("a");
        boolean[] foldable = new boolean[plain.nodeCount()];
        foldable[a] = true;
        ChartScene scene = plain.withFolds(new SceneFolds(new boolean[0], foldable, new int[0], new RollUpFacts[0]));
        Rect card = scene.card(a);
        double[] chevron = RollUpPainter.chevronCentre(card);
        RecordingSurface.Call tag = tagOn(paint(scene, LevelOfDetail.FULL), card);
        assertTrue(tag.args()[0] + tag.args()[2] <= chevron[0] - RollUpPainter.CHEVRON_RADIUS,
                "the tag ends at " + (tag.args()[0] + tag.args()[2]) + ", the chevron starts at "
                        + (chevron[0] - RollUpPainter.CHEVRON_RADIUS));
        RecordingSurface.Call alone = tagOn(paint(plain, LevelOfDetail.FULL), card);
        assertTrue(alone.args()[0] > tag.args()[0], "without a chevron the tag keeps to the corner");
    }

    /** The tools tag painted on {@code card}'s bottom edge. */
    private static RecordingSurface.Call tagOn(RecordingSurface surface, Rect card) {
        return surface.calls("fillRoundRect").stream()
                .filter(c -> Rgb.of(0x334155).equals(c.fill()) && card.contains(c.args()[0], c.args()[1]))
                .findFirst().orElseThrow(() -> new AssertionError("no tools tag on the card"));
    }
}
