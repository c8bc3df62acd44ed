package org.modesign.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

class ChartSubsetTest {

    private final Design design = ExportFixtures.small();
    private final Scenario scenario = design.scenarios().get(0);

    @Test
    void withNoPhaseAndNoSelectionTheScenarioIsDrawnWhole() {
        assertSame(scenario, ChartSubset.of(design, scenario, null, null));
    }

    @Test
    void atAPhaseOnlyTheActiveNodesAndTheLinesAmongThemAreKept() {
        Scenario p1 = ChartSubset.of(design, scenario, phase("p1"), null);
        assertEquals(List.of("ceo", "a1"), ids(p1), "the team starts in p2, and its roles with it");
        assertEquals(List.of(new Line("a1", "ceo", org.modesign.model.LineStyle.SOLID)), p1.lines());

        Scenario p3 = ChartSubset.of(design, scenario, phase("p3"), null);
        assertEquals(List.of("ceo", "team", "m1", "x1", "l1"), ids(p3), "the analyst works in p1 only");
        assertEquals(List.of("m1>ceo", "team>ceo"), lines(p3));
    }

    @Test
    void aSelectionKeepsItsNodesInScenarioOrderAndTheLinesAmongThem() {
        Scenario chosen = ChartSubset.of(design, scenario, null, Set.of("x1", "m1", "ceo"));
        assertEquals(List.of("ceo", "m1", "x1"), ids(chosen));
        assertEquals(List.of("m1>ceo"), lines(chosen));
    }

    @Test
    void aRoleKeptWithoutItsTeamShowsTheTeamsRegionAndNoTeam() {
        Scenario chosen = ChartSubset.of(design, scenario, null, Set.of("m1", "l1"));
        Role marketer = (Role) chosen.nodes().get(0);
        assertNull(marketer.team());
        assertEquals("emea", marketer.region(), "its effective region was the team's");
        Role lead = (Role) chosen.nodes().get(1);
        assertNull(lead.team());
        assertEquals("emea", lead.region(), "its own region stays");
    }

    @Test
    void aSelectionAtAPhaseKeepsWhatIsBoth() {
        Scenario both = ChartSubset.of(design, scenario, phase("p3"), Set.of("a1", "l1", "team"));
        assertEquals(List.of("team", "l1"), ids(both));
        assertEquals(List.of(), both.lines());
    }

    @Test
    void aPhaseOfAnotherDesignIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ChartSubset.of(design, scenario, new Phase("p9", "Later", List.of()), null));
    }

    private Phase phase(String id) {
        return design.phase(id).orElseThrow();
    }

    private static List<String> ids(Scenario s) {
        return s.nodes().stream().map(Node::id).toList();
    }

    private static List<String> lines(Scenario s) {
        return s.lines().stream().map(l -> l.from() + ">" + l.to()).toList();
    }
}
