package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.FteChange;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;

class TeamStrengthTest {

    private static ScenarioIndex index() {
        List<Node> nodes = List.of(
                new Executive("cmo", Office.CMO, "CMO", 0, 0).withAlsoIn(List.of("board")),
                new Team("ops", "Ops", null, null, null, 0, 100),
                new Team("board", "Steering", null, null, null, 300, 100).withKind(TeamKind.COMMITTEE),
                new Role("a", "Lead", Archetype.LEADER, "ops", null, 1, Sourcing.IN_HOUSE, null, null, List.of(), 0, 200)
                        .withAlsoIn(List.of("board")),
                new Role("b", "Engineers", Archetype.MAKER, "ops", null, 2, Sourcing.IN_HOUSE, "p2", null, List.of(),
                        200, 200).withFteChanges(List.of(new FteChange("p3", 5))));
        Design design = new Design("T", "", Settings.DEFAULTS, List.of(), List.of(),
                List.of(new Phase("p1", "One", List.of()), new Phase("p2", "Two", List.of()),
                        new Phase("p3", "Three", List.of())),
                List.of(new Scenario("s", "S", Strategy.CENTRALIZED, nodes, List.of())));
        return ScenarioIndex.of(design, design.scenarios().get(0));
    }

    @Test
    void aTeamCountsItsActiveMembersAndTheirFteInThePhase() {
        ScenarioIndex index = index();
        TeamStrength first = TeamStrength.of(index, 0);
        assertEquals(1, first.members(1), "the engineers start in phase two");
        assertEquals(1.0, first.fte(1));
        assertEquals(3, TeamStrength.of(index, 1).fte(1));
        assertEquals(6, TeamStrength.of(index, 2).fte(1), "the engineers grow to 5 FTE in phase three");
    }

    @Test
    void aCommitteeCountsTheCardsThatServeOnIt() {
        TeamStrength strength = TeamStrength.of(index(), 2);
        assertEquals(2, strength.members(2), "the CMO and the lead serve on the steering committee");
        assertEquals(1.0, strength.fte(2), "an executive has no FTE");
        assertEquals(0, strength.members(3), "a role counts no members");
    }
}
