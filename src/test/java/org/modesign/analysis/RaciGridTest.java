package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.modesign.analysis.TestDesigns.design;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.RaciGrid.ColumnGroup;
import org.modesign.analysis.RaciGrid.Grouping;
import org.modesign.analysis.RaciGrid.LayerGroup;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Layer;
import org.modesign.model.Raci;
import org.modesign.model.Scope;

class RaciGridTest {

    /**
     * Capabilities web (expression), crm (platform), policy (governance), data (platform); teams
     * emea-team (EMEA) and hq (global, from p2); roles in file order: loner (no team, EMEA), a1 and
     * a2 in hq, b1 in emea-team, late (no team, global, from p2).
     */
    private static Design design() {
        Design d = TestDesigns.design().regions("emea", "apac")
                .capability("web", Scope.PER_REGION, Archetype.MAKER)
                .capability("crm", Scope.GLOBAL, Archetype.MAESTRO)
                .capability("policy", Scope.GLOBAL, Archetype.LEADER)
                .capability("data", Scope.GLOBAL, Archetype.MODELER)
                .phase("p1", "crm").phase("p2", "crm", "web")
                .scenario("s", s -> s.ceo("ceo")
                        .role("loner", r -> r.region("emea").holds("web", Raci.C))
                        .team("emea-team", "emea", null, null)
                        .team("hq", null, "p2", null)
                        .role("a1", r -> r.team("hq").a("crm").holds("web", Raci.I))
                        .role("a2", r -> r.team("hq").r("crm"))
                        .role("b1", r -> r.team("emea-team").a("web").holds("data", Raci.C))
                        .role("late", r -> r.phases("p2", null).a("policy")))
                .build();
        List<Capability> layered = new ArrayList<>();
        for (Capability c : d.capabilities()) {
            Layer layer = switch (c.id()) {
                case "web" -> Layer.EXPRESSION;
                case "policy" -> Layer.GOVERNANCE;
                default -> Layer.PLATFORM;
            };
            layered.add(new Capability(c.id(), c.name(), layer, c.scope(), c.archetype()));
        }
        return d.withCapabilities(layered);
    }

    private static RaciGrid grid(String phase, Grouping grouping) {
        Design d = design();
        return RaciGrid.of(ScenarioIndex.of(d, d.scenarios().get(0)), phase, grouping);
    }

    private static List<String> columns(RaciGrid grid) {
        return IntStream.range(0, grid.columnCount()).mapToObj(c -> grid.role(c).id()).toList();
    }

    @Test
    void rowsAreCapabilitiesByLayerInCatalogueOrderWithinALayer() {
        RaciGrid grid = grid(null, Grouping.TEAM);
        assertEquals(List.of("crm", "data", "web", "policy"),
                IntStream.range(0, grid.rowCount()).mapToObj(r -> grid.capability(r).id()).toList());
        assertEquals(List.of(new LayerGroup(Layer.PLATFORM, 0, 2), new LayerGroup(Layer.EXPRESSION, 2, 1),
                new LayerGroup(Layer.GOVERNANCE, 3, 1)), grid.layerGroups());
        assertEquals(1, grid.layerGroupOf(2));
        assertEquals(2, grid.rowOf("web"));
        assertEquals(-1, grid.rowOf("nothing"));
    }

    @Test
    void overAllPhasesEveryRoleIsAColumnGroupedByTeamInFileOrderThenNoTeam() {
        RaciGrid grid = grid(null, Grouping.TEAM);
        assertEquals(List.of("b1", "a1", "a2", "loner", "late"), columns(grid));
        assertEquals(List.of(new ColumnGroup("emea-team", "Team emea-team", 0, 1),
                new ColumnGroup("hq", "Team hq", 1, 2), new ColumnGroup(null, null, 3, 2)), grid.columnGroups());
        assertEquals(1, grid.columnGroupOf(2));
        assertEquals(2, grid.columnOf("a2"));
        assertEquals(-1, grid.columnOf("ceo"), "executives are no columns");
        assertEquals(-1, grid.columnOf("hq"), "teams are no columns");
    }

    @Test
    void inAPhaseOnlyTheRolesActiveThenAreColumns() {
        RaciGrid grid = grid("p1", Grouping.TEAM);
        assertEquals(List.of("b1", "loner"), columns(grid), "hq and late start in p2");
        assertEquals(-1, grid.columnOf("a1"));
        assertNull(grid.letter(grid.rowOf("crm"), 0));
    }

    @Test
    void byRegionGlobalComesFirstThenTheDeclaredRegions() {
        RaciGrid grid = grid(null, Grouping.REGION);
        assertEquals(List.of("a1", "a2", "late", "loner", "b1"), columns(grid));
        assertEquals(List.of(new ColumnGroup("global", "global", 0, 3), new ColumnGroup("emea", "EMEA", 3, 2)),
                grid.columnGroups(), "apac has no role, so no group");
    }

    @Test
    void cellsHoldTheLettersOfTheRolesAndAreReadInColumnOrder() {
        RaciGrid grid = grid(null, Grouping.TEAM);
        int web = grid.rowOf("web");
        assertEquals(Raci.A, grid.letter(web, grid.columnOf("b1")));
        assertEquals(Raci.I, grid.letter(web, grid.columnOf("a1")));
        assertEquals(Raci.C, grid.letter(web, grid.columnOf("loner")));
        assertNull(grid.letter(web, grid.columnOf("a2")));
        assertEquals(3, grid.cellCount(web));
        List<String> inOrder = IntStream.range(0, grid.cellCount(web))
                .mapToObj(k -> grid.role(grid.cellColumn(web, k)).id() + grid.cellLetter(web, k)).toList();
        assertEquals(List.of("b1A", "a1I", "lonerC"), inOrder);
        assertEquals(1, grid.cellFrom(web, 1), "the first lettered cell at column 1 or after");
        assertEquals(2, grid.cellFrom(web, 2));
        assertEquals(3, grid.cellFrom(web, 4), "none after the last");
    }

    @Test
    void theLettersAgreeWithEveryRolesResponsibilities() {
        RaciGrid grid = grid(null, Grouping.REGION);
        for (int row = 0; row < grid.rowCount(); row++) {
            for (int column = 0; column < grid.columnCount(); column++) {
                assertEquals(grid.role(column).raciFor(grid.capability(row).id()).orElse(null),
                        grid.letter(row, column));
            }
        }
    }

    @Test
    void anEmptyScenarioHasNoColumnsButKeepsItsRows() {
        Design d = design().withScenarios(List.of(new org.modesign.model.Scenario("e", "Empty",
                org.modesign.model.Strategy.OTHER, List.of(), List.of())));
        RaciGrid grid = RaciGrid.of(ScenarioIndex.of(d, d.scenarios().get(0)), "p2", Grouping.TEAM);
        assertEquals(0, grid.columnCount());
        assertEquals(List.of(), grid.columnGroups());
        assertEquals(4, grid.rowCount());
        assertEquals(0, grid.cellCount(0));
    }
}
