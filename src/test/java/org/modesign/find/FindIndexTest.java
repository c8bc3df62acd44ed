package org.modesign.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.NodeType;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

class FindIndexTest {

    private static Design design() {
        Capability data = new Capability("data", "Monitor data quality", Layer.PLATFORM, Scope.GLOBAL,
                Archetype.MODELER);
        Capability email = new Capability("email", "Send email campaigns", Layer.EXPRESSION, Scope.GLOBAL,
                Archetype.MAKER);
        Scenario s = new Scenario("s", "S", Strategy.CENTRALIZED, List.of(
                new Executive("cmo", Office.CMO, "CMO", 0, 0),
                new Team("coe", "Martech CoE", "emea", null, null, 0, 100),
                Role.of("analyst", "Data analyst", Archetype.MODELER, 0, 200).withTeam("coe")
                        .withResponsibilities(List.of(new Responsibility("data", Raci.A))).withPhases("p2", null),
                Role.of("lead", "Analytics lead", Archetype.LEADER, 0, 300).withRegion("apac"),
                Role.of("ops", "Email operations", Archetype.MAKER, 0, 400)
                        .withResponsibilities(List.of(new Responsibility("email", Raci.R))),
                Role.of("mdata", "Marketing data analyst", Archetype.MODELER, 0, 500)),
                List.of());
        return new Design("D", "", Settings.DEFAULTS, List.of(new Region("emea", "Europe"), new Region("apac", "Asia")),
                List.of(data, email), List.of(new Phase("p1", "Phase 1", List.of()), new Phase("p2", "Phase 2", List.of()),
                        new Phase("p3", "Phase 3", List.of())), List.of(s));
    }

    private static List<String> ids(List<FindHit> hits) {
        return hits.stream().map(FindHit::nodeId).toList();
    }

    private final FindIndex index = FindIndex.of(design(), design().scenarios().get(0));

    @Test
    void titlesStartingWithTheQueryComeFirstThenWordStartsThenOtherTitles() {
        assertEquals(List.of("lead", "analyst", "mdata"), ids(index.find("ANAL", FindMode.ANYTHING)));
        assertEquals(List.of("analyst", "mdata"), ids(index.find("data an", FindMode.ANYTHING)));
    }

    @Test
    void cardsAreFoundByTeamRegionAndCapability() {
        assertEquals(List.of("coe", "analyst"), ids(index.find("martech", FindMode.ANYTHING)));
        assertEquals(List.of("coe"), ids(index.find("europe", FindMode.ANYTHING)));
        assertEquals(List.of("lead"), ids(index.find("asia", FindMode.ANYTHING)));
        assertEquals(List.of("ops"), ids(index.find("campaigns", FindMode.ANYTHING)));
    }

    @Test
    void holdsMatchesOnlyTheCapabilitiesHeld() {
        assertEquals(List.of("analyst"), ids(index.find("data quality", FindMode.HOLDS)));
        assertEquals(List.of("ops"), ids(index.find("email", FindMode.HOLDS)));
        assertTrue(index.find("analyst", FindMode.HOLDS).isEmpty(), "a title is not a capability");
    }

    @Test
    void aHitNamesItsTeamAndPhaseSpan() {
        FindHit hit = index.find("data analyst", FindMode.ANYTHING).get(0);
        assertEquals(new FindHit("analyst", "Data analyst", NodeType.ROLE, "Martech CoE", "Phase 2", "Phase 3"), hit);
        assertEquals(new FindHit("cmo", "CMO", NodeType.EXECUTIVE, "", "Phase 1", "Phase 3"), index.find("cmo", FindMode.ANYTHING).get(0));
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertTrue(index.find("   ", FindMode.ANYTHING).isEmpty());
        assertTrue(index.find("zzz", FindMode.ANYTHING).isEmpty());
        assertEquals(6, index.size());
    }
}
