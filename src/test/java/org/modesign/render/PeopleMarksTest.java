package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Sourcing;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

/** Open and planned roles, committees and squads, and a team's members, as the painter draws them. */
class PeopleMarksTest {

    private static final Viewport VIEW = new Viewport(-50, -50, 1200, 600, 1);

    private static Scenario scenario(Staffing bStaffing, TeamKind kind) {
        List<Node> nodes = List.of(
                new Executive("cmo", Office.CMO, "CMO", 200, 0),
                new Team("coe", "Martech CoE", null, null, null, 180, 120).withKind(kind),
                new Role("a", "Architect", Archetype.LEADER, "coe", null, 1, Sourcing.IN_HOUSE, null, null,
                        List.of(), 0, 250),
                new Role("b", "Ops manager", Archetype.MAESTRO, "coe", null, 1.5, Sourcing.IN_HOUSE, null, null,
                        List.of(), 400, 250).withStaffing(bStaffing),
                new Role("c", "Analyst", Archetype.MODELER, null, null, 0.5, Sourcing.IN_HOUSE, null, null,
                        List.of(), 800, 250).withAlsoIn(List.of("coe")));
        return TestCharts.scenario(nodes, List.of(new Line("coe", "cmo", LineStyle.SOLID)));
    }

    private static ChartScene scene(Staffing bStaffing, TeamKind kind) {
        return TestCharts.scene(TestCharts.design(scenario(bStaffing, kind)));
    }

    private static RecordingSurface paint(ChartScene scene, LevelOfDetail detail) {
        RecordingSurface surface = new RecordingSurface();
        new ChartPainter().paint(surface, scene, VIEW,
                new PaintOptions(java.util.Set.of(), -1, i -> true, java.util.Map.of(), detail, false));
        assertTrue(surface.balanced());
        return surface;
    }

    /** The border of the card at ({@code x}, {@code y}). */
    private static RecordingSurface.Call border(RecordingSurface surface, double x, double y) {
        return surface.calls().stream()
                .filter(c -> c.op().startsWith("strokeRoundRect") || c.op().equals("strokeRect"))
                .filter(c -> c.args()[0] == x && c.args()[1] == y).findFirst().orElseThrow();
    }

    @Test
    void anOpenRoleHasADashedOutlineAndAnOpenTag() {
        RecordingSurface surface = paint(scene(Staffing.OPEN, TeamKind.DEPARTMENT), LevelOfDetail.FULL);
        RecordingSurface.Call open = border(surface, 400, 250);
        RecordingSurface.Call filled = border(surface, 0, 250);
        assertFalse(open.dash().solid(), "an open position's outline is dashed");
        assertTrue(filled.dash().solid());
        assertEquals(PeopleLook.VACANT_WIDTH, open.lineWidth());
        assertNotEquals(filled.stroke(), open.stroke(), "in the staffing's colour");
        assertEquals(1, surface.texts().stream().filter("Open"::equals).count());
        assertFalse(surface.texts().contains("Planned"));
    }

    @Test
    void aPlannedRoleIsTaggedPlannedInTheLabelsLanguage() {
        RecordingSurface surface = paint(scene(Staffing.PLANNED, TeamKind.DEPARTMENT), LevelOfDetail.FULL);
        assertTrue(surface.texts().contains("Planned"));
        assertFalse(border(surface, 400, 250).dash().solid());

        ChartLabels chinese = new KeyedChartLabels(
                key -> key.equals("staffing.planned") ? "计划中" : KeyedChartLabels.ENGLISH_TEXTS.get(key),
                java.util.Locale.SIMPLIFIED_CHINESE);
        RecordingSurface zh = new RecordingSurface();
        new ChartPainter(ChartTheme.LIGHT, chinese).paint(zh, scene(Staffing.PLANNED, TeamKind.DEPARTMENT), VIEW,
                new PaintOptions(java.util.Set.of(), -1, i -> true, java.util.Map.of(), LevelOfDetail.FULL, false));
        assertTrue(zh.texts().contains("计划中"));
    }

    @Test
    void zoomedOutAVacancyKeepsItsDashedOutlineButNoTag() {
        RecordingSurface surface = paint(scene(Staffing.OPEN, TeamKind.DEPARTMENT), LevelOfDetail.COMPACT);
        assertFalse(border(surface, 400, 250).dash().solid());
        assertFalse(surface.texts().contains("Open"));
    }

    @Test
    void aFilledChartHasNoTags() {
        RecordingSurface surface = paint(scene(Staffing.FILLED, TeamKind.DEPARTMENT), LevelOfDetail.FULL);
        assertFalse(surface.texts().contains("Open") || surface.texts().contains("Planned"));
    }

    @Test
    void aCommitteeIsDrawnApartWithItsKindAndMembers() {
        RecordingSurface department = paint(scene(Staffing.FILLED, TeamKind.DEPARTMENT), LevelOfDetail.FULL);
        RecordingSurface committee = paint(scene(Staffing.FILLED, TeamKind.COMMITTEE), LevelOfDetail.FULL);
        assertNotEquals(border(department, 180, 120).stroke(), border(committee, 180, 120).stroke());
        String detail = String.join(" ", committee.texts());
        assertTrue(detail.contains("Committee"), detail);
        assertFalse(String.join(" ", department.texts()).contains("Department"), "a department says nothing of its kind");
        assertTrue(detail.contains("3 members"), "two roles in it and one serving on it: " + detail);
        assertTrue(detail.contains("3 FTE"), detail);
    }

    @Test
    void aStaffingChangeRebuildsTheCards() {
        ChartScene before = scene(Staffing.FILLED, TeamKind.DEPARTMENT);
        ChartScene after = before.updatedTo(TestCharts.design(scenario(Staffing.OPEN, TeamKind.DEPARTMENT)),
                scenario(Staffing.OPEN, TeamKind.DEPARTMENT));
        assertFalse(after.looksLike(before));
        ChartScene kind = after.updatedTo(TestCharts.design(scenario(Staffing.OPEN, TeamKind.SQUAD)),
                scenario(Staffing.OPEN, TeamKind.SQUAD));
        assertFalse(kind.looksLike(after));
    }

    @Test
    void theLegendExplainsTheMarks() {
        RecordingSurface surface = new RecordingSurface();
        new LegendPainter(ChartTheme.LIGHT, ChartLabels.ENGLISH).paint(surface, 0, 0);
        assertTrue(surface.texts().containsAll(List.of("Positions", "Open", "Planned", "Committee", "Squad")));
        assertTrue(surface.calls("strokeRoundRect").stream().anyMatch(c -> c.dash().equals(PeopleLook.VACANT_DASH)));
    }

    @Test
    void zoomedFarOutAVacancyIsABlockInItsStaffingsColour() {
        RecordingSurface surface = paint(scene(Staffing.PLANNED, TeamKind.DEPARTMENT), LevelOfDetail.BLOCKS);
        RecordingSurface.Call planned = surface.calls("fillRect").stream()
                .filter(c -> c.args()[0] == 400 && c.args()[1] == 250).findFirst().orElseThrow();
        RecordingSurface.Call filled = surface.calls("fillRect").stream()
                .filter(c -> c.args()[0] == 0 && c.args()[1] == 250).findFirst().orElseThrow();
        assertEquals(PeopleLook.vacant(ChartTheme.LIGHT, Staffing.PLANNED), planned.fill());
        assertEquals(ChartTheme.LIGHT.archetype(Archetype.LEADER), filled.fill());
    }

    @Test
    void theTeamCardShowsTheFiguresItIsHanded() {
        RecordingSurface surface = new RecordingSurface();
        TeamFigures phase = new TeamFigures() {
            @Override
            public int members(int index) {
                return index == 1 ? 1 : 0;
            }

            @Override
            public double fte(int index) {
                return index == 1 ? 0.5 : 0;
            }
        };
        new ChartPainter().paint(surface, scene(Staffing.FILLED, TeamKind.DEPARTMENT), VIEW,
                new PaintOptions(java.util.Set.of(), -1, i -> true, java.util.Map.of(), LevelOfDetail.FULL, false,
                        false, phase));
        assertTrue(surface.texts().contains("1 member \u00b7 0.5 FTE"), surface.texts().toString());
    }

    @Test
    void aGhostedCardCarriesNoTag() {
        RecordingSurface surface = new RecordingSurface();
        new ChartPainter().paint(surface, scene(Staffing.OPEN, TeamKind.COMMITTEE), VIEW,
                new PaintOptions(java.util.Set.of(), -1, i -> false, java.util.Map.of(), LevelOfDetail.FULL, false));
        assertFalse(surface.texts().contains("Open"));
        assertFalse(border(surface, 400, 250).dash().solid(), "its outline still says it is vacant");
    }
}
