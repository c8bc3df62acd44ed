package org.modesign.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

class RollUpsTest {

    /** cmo ▸ ops (team) ∋ a (leader, 1 FTE), b (maker, 2 FTE from phase two, 5 in phase three), c (maker, 0.5). */
    private static ScenarioIndex index() {
        List<Node> nodes = List.of(
                new Executive("cmo", Office.CMO, "CMO", 0, 0),
                new Team("ops", "Ops", null, null, null, 0, 100),
                new Role("a", "Lead", Archetype.LEADER, "ops", null, 1, Sourcing.IN_HOUSE, null, null, List.of(), 0, 200),
                new Role("b", "Engineers", Archetype.MAKER, "ops", null, 2, Sourcing.IN_HOUSE, "p2", null, List.of(),
                        200, 200).withFteChanges(List.of(new FteChange("p3", 5))),
                new Role("c", "Writer", Archetype.MAKER, "ops", null, 0.5, Sourcing.AGENCY, null, null, List.of(), 400,
                        200));
        Design design = new Design("T", "", Settings.DEFAULTS, List.of(), List.of(),
                List.of(new Phase("p1", "One", List.of()), new Phase("p2", "Two", List.of()),
                        new Phase("p3", "Three", List.of())),
                List.of(new Scenario("s", "S", Strategy.CENTRALIZED, nodes, List.of())));
        return ScenarioIndex.of(design, design.scenarios().get(0));
    }

    /** Cards 2, 3 and 4 (the team's members) are folded into card 1 (the team). */
    private static int owner(int v) {
        return v >= 2 ? 1 : -1;
    }

    private static Finding finding(Rule rule, String... nodes) {
        return new Finding(rule, "s", null, null, null, List.of(nodes), FindingText.of(FindingKey.values()[0]));
    }

    @Test
    void aRollUpCountsTheActiveRolesOfItsBranchAndTheirFteInThePhase() {
        ScenarioIndex index = index();
        RollUp first = RollUps.of(index, 0, RollUpsTest::owner, List.of()).of(1);
        assertEquals(2, first.roles(), "the engineers start in phase two");
        assertEquals(1.5, first.fte());
        assertEquals(1, first.archetype(Archetype.LEADER));
        assertEquals(1, first.archetype(Archetype.MAKER));
        RollUp third = RollUps.of(index, 2, RollUpsTest::owner, List.of()).of(1);
        assertEquals(3, third.roles());
        assertEquals(6.5, third.fte(), "the engineers grow to 5 FTE in phase three");
        assertEquals(2, third.archetype(Archetype.MAKER));
        RollUp all = RollUps.of(index, -1, RollUpsTest::owner, List.of()).of(1);
        assertEquals(3, all.roles(), "every role counts when every phase is shown");
        assertEquals(3.5, all.fte(), "each at its own FTE");
    }

    @Test
    void aFindingCountsOnceInEachRollUpThatHoldsACardItNames() {
        Rule warning = firstOf(Severity.WARNING);
        Rule error = firstOf(Severity.ERROR);
        List<Finding> findings = List.of(finding(warning, "a", "b"), finding(error, "c"), finding(error, "cmo"),
                finding(warning, "cmo", "ops"));
        RollUp rollUp = RollUps.of(index(), 2, RollUpsTest::owner, findings).of(1);
        assertEquals(1, rollUp.findings(Severity.WARNING), "a finding naming two cards of the branch counts once; "
                + "one naming the collapsed card itself, not a card folded into it, does not count");
        assertEquals(1, rollUp.findings(Severity.ERROR));
        assertEquals(0, rollUp.findings(Severity.INFO));
    }

    @Test
    void aCardWithNothingFoldedIntoItHasAnEmptyRollUp() {
        assertEquals(RollUp.EMPTY, RollUps.of(index(), 2, RollUpsTest::owner, List.of()).of(0));
    }

    private static Rule firstOf(Severity severity) {
        for (Rule rule : Rule.values()) {
            if (rule.severity() == severity) {
                return rule;
            }
        }
        throw new AssertionError("no rule of " + severity);
    }
}
