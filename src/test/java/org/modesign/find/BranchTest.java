package org.modesign.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

class BranchTest {

    private static final Scenario SCENARIO = new Scenario("s", "S", Strategy.CENTRALIZED, List.of(
            new Executive("ceo", Office.CEO, "CEO", 0, 0),
            new Executive("cmo", Office.CMO, "CMO", 0, 100),
            new Team("coe", "CoE", null, null, null, 0, 200),
            Role.of("a", "A", Archetype.MAKER, 0, 300).withTeam("coe"),
            Role.of("b", "B", Archetype.MAKER, 0, 400),
            Role.of("c", "C", Archetype.MAKER, 0, 500),
            Role.of("adviser", "Adviser", Archetype.MAKER, 0, 600)),
            List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID),
                    new Line("b", "a", LineStyle.SOLID), new Line("c", "ceo", LineStyle.SOLID),
                    new Line("adviser", "cmo", LineStyle.DOTTED)));

    @Test
    void aBranchHoldsReportsAtEveryLevelAndTeamMembersButNotDottedLines() {
        assertEquals(Set.of("cmo", "coe", "a", "b"), Set.copyOf(Branch.below(SCENARIO, "cmo")));
        assertEquals("cmo", Branch.below(SCENARIO, "cmo").get(0));
        assertEquals(7 - 1, Branch.below(SCENARIO, "ceo").size(), "all but the dotted adviser");
        assertEquals(List.of("c"), Branch.below(SCENARIO, "c"));
        assertTrue(Branch.below(SCENARIO, "nobody").isEmpty());
    }
}
