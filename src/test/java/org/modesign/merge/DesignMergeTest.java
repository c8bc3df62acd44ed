package org.modesign.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Role;
import org.modesign.model.Staffing;

/** The three-way merge: changes of one side are taken, conflicts keep ours, the result always loads. */
class DesignMergeTest {

    private final Design base = MergeFixtures.base();

    private static MergeResult merge(Design base, Design ours, Design theirs) {
        MergeResult result = DesignMerge.merge(base, ours, theirs);
        assertEquals(List.of(), Integrity.check(result.design()));
        return result;
    }

    private static List<String> sentences(MergeResult result) {
        return result.conflicts().stream().map(Conflict::sentence).toList();
    }

    @Test
    void changesOfDifferentFieldsAndNodesAreAllTaken() {
        Design ours = MergeFixtures.role(base, "r1", r -> r.withTitle("Head of operations"));
        ours = MergeFixtures.role(ours, "r2", r -> r.withFte(0.5));
        Design theirs = MergeFixtures.role(base, "r1", r -> r.withStaffing(Staffing.OPEN));
        theirs = MergeFixtures.role(theirs, "r3", r -> r.withTitle("EMEA campaign manager"));
        MergeResult result = merge(base, ours, theirs);
        assertTrue(result.clean(), sentences(result)::toString);
        Design expected = MergeFixtures.role(ours, "r1", r -> r.withStaffing(Staffing.OPEN));
        expected = MergeFixtures.role(expected, "r3", r -> r.withTitle("EMEA campaign manager"));
        assertEquals(expected, result.design());
        assertEquals(result.design(), merge(base, theirs, ours).design());
    }

    @Test
    void theSameChangeOnBothSidesIsOneChange() {
        Design both = MergeFixtures.addNode(MergeFixtures.role(base, "r1", r -> r.withTitle("Head")),
                MergeFixtures.newRole("r9", "New", "ops"), new Line("r9", "r1", LineStyle.SOLID));
        MergeResult result = merge(base, both, both);
        assertTrue(result.clean());
        assertEquals(both, result.design());
    }

    @Test
    void aFieldChangedTwoWaysKeepsOursAndSaysWhere() {
        Design ours = MergeFixtures.role(base, "r2", r -> r.withTitle("Senior analyst"));
        Design theirs = MergeFixtures.role(base, "r2", r -> r.withTitle("Lead analyst").withFte(2));
        MergeResult result = merge(base, ours, theirs);
        assertEquals(List.of("Conflict at scenarios[0].nodes[5].title (role \"r2\" (\"Senior analyst\") in scenario "
                + "\"s\"): ours \"Senior analyst\", theirs \"Lead analyst\"; kept ours."), sentences(result));
        Role merged = MergeFixtures.role(result.design(), "r2");
        assertEquals("Senior analyst", merged.title());
        assertEquals(2, merged.fte());
    }

    @Test
    void deletedOnOneSideAndChangedOnTheOtherKeepsOurs() {
        Design ours = MergeFixtures.removeNode(base, "r2");
        Design theirs = MergeFixtures.role(base, "r2", r -> r.withTitle("Lead analyst"));
        MergeResult result = merge(base, ours, theirs);
        assertEquals(List.of("Conflict at scenarios[0].nodes[5] (in theirs) (role \"r2\" (\"Lead analyst\") in scenario "
                + "\"s\"): ours deleted it, theirs changed it (title \"Analyst\" -> \"Lead analyst\"); it stays deleted, "
                + "as in ours."), sentences(result));
        assertTrue(MergeFixtures.scenario(result.design()).node("r2").isEmpty());
        MergeResult other = merge(base, theirs, ours);
        assertEquals(Conflict.Kind.CHANGED_DELETED, other.conflicts().get(0).kind());
        assertEquals("Lead analyst", MergeFixtures.role(other.design(), "r2").title());
    }

    @Test
    void theirNewRoleInTheTeamWeDeletedHasNoTeam() {
        Design ours = MergeFixtures.role(MergeFixtures.removeNode(base, "emea-team"), "r3", r -> r.withTeam(null));
        Design theirs = MergeFixtures.addNode(base, MergeFixtures.newRole("r9", "EMEA analyst", "emea-team"),
                new Line("r9", "emea-team", LineStyle.SOLID));
        MergeResult result = merge(base, ours, theirs);
        assertEquals(List.of(
                "Conflict at scenarios[0].nodes[6].team (role \"r9\" (\"EMEA analyst\") in scenario \"s\"): no team "
                        + "\"emea-team\" in scenario \"s\"; the role belongs to no team now.",
                "Conflict at scenarios[0].lines[4].to (line \"r9 -> emea-team\" in scenario \"s\"): no node "
                        + "\"emea-team\" in scenario \"s\"; the line was dropped."), sentences(result));
        Role r9 = MergeFixtures.role(result.design(), "r9");
        assertNull(r9.team());
        assertEquals("EMEA analyst", r9.title());
    }

    @Test
    void anOwnerTheOtherSideRemovedLeavesTheDeploymentWithoutOwner() {
        Design ours = MergeFixtures.removeNode(base, "r2");
        var t = MergeFixtures.scenario(base);
        Design theirs = base.withScenario(0, t.withStack(List.of(t.stack().get(0).withOwner("r2"))));
        MergeResult result = merge(base, ours, theirs);
        assertNull(MergeFixtures.scenario(result.design()).stack().get(0).owner());
        assertEquals(List.of("Conflict at scenarios[0].stack[0].owner (deployment \"mkto@global\" in scenario \"s\"): "
                + "no node \"r2\" in scenario \"s\"; the deployment has no owner now."), sentences(result));
    }

    @Test
    void aPersonInARoleTheOtherSideMadeAVacancyPutsTheRoleBackAsOursHasIt() {
        Design ours = MergeFixtures.role(base, "r2", r -> r.withStaffing(Staffing.OPEN));
        Design theirs = MergeFixtures.role(base, "r2", r -> r.withPerson("Ada"));
        MergeResult result = merge(base, ours, theirs);
        assertEquals(Staffing.OPEN, MergeFixtures.role(result.design(), "r2").staffing());
        assertEquals("", MergeFixtures.role(result.design(), "r2").person());
        assertEquals(1, result.conflicts().size(), sentences(result)::toString);
        assertTrue(sentences(result).get(0).endsWith("the role was put back as ours has it."), sentences(result)::toString);
    }

    @Test
    void phasesAndCapabilitiesTheOtherSideRemovedAreLeftOut() {
        Design ours = base.withPhases(List.of(base.phases().get(0)));
        ours = MergeFixtures.role(ours, "r3", r -> r.withPhases("p1", null));
        Design theirs = MergeFixtures.addNode(base, MergeFixtures.newRole("r9", "Later", "ops").withPhases("p2", "p2"));
        MergeResult result = merge(base, ours, theirs);
        Role r9 = MergeFixtures.role(result.design(), "r9");
        assertNull(r9.from());
        assertNull(r9.to());
        assertEquals(2, result.conflicts().size(), sentences(result)::toString);
    }

    @Test
    void theOrderOneSideGaveIsTakenAndNewPhasesFindTheirPlace() {
        Design base = MergeFixtures.role(this.base, "r3", r -> r.withPhases(null, null));
        Design ours = base.withPhases(List.of(base.phases().get(1), base.phases().get(0)));
        Design theirs = base.withPhases(List.of(base.phases().get(0), new org.modesign.model.Phase("p15", "Between",
                List.of()), base.phases().get(1)));
        MergeResult result = merge(base, ours, theirs);
        assertTrue(result.clean(), sentences(result)::toString);
        assertEquals(List.of("p2", "p1", "p15"), result.design().phases().stream().map(p -> p.id()).toList());
        Design reversed = base.withPhases(List.of(base.phases().get(1), base.phases().get(0),
                new org.modesign.model.Phase("p3", "Last", List.of())));
        Design other = base.withPhases(List.of(new org.modesign.model.Phase("p0", "First", List.of()),
                base.phases().get(0), base.phases().get(1)));
        MergeResult both = merge(base, reversed, other);
        assertEquals(List.of("p0", "p2", "p1", "p3"), both.design().phases().stream().map(p -> p.id()).toList());
        assertEquals(both.design(), merge(base, other, reversed).design());
    }

    @Test
    void anIdAddedOnBothSidesWithDifferentContentKeepsOurs() {
        Design ours = MergeFixtures.addNode(base, MergeFixtures.newRole("r9", "Designer", "ops"));
        Design theirs = MergeFixtures.addNode(base, MergeFixtures.newRole("r9", "Developer", "ops").withFte(2));
        MergeResult result = merge(base, ours, theirs);
        assertEquals(List.of(
                "Conflict at scenarios[0].nodes[7].title (role \"r9\" (\"Designer\") in scenario \"s\"): ours "
                        + "\"Designer\", theirs \"Developer\"; kept ours.",
                "Conflict at scenarios[0].nodes[7].fte (role \"r9\" (\"Designer\") in scenario \"s\"): ours 1, "
                        + "theirs 2; kept ours."), sentences(result));
        assertEquals(ours, result.design());
    }

    @Test
    void listsInsideANodeMergeByElement() {
        Design ours = MergeFixtures.role(base, "r1", r -> r.withAlsoIn(List.of("emea-team"))
                .withResponsibilities(List.of(new org.modesign.model.Responsibility("campaigns", org.modesign.model.Raci.R))));
        Design theirs = MergeFixtures.role(base, "r1", r -> r.withResponsibilities(List.of(
                new org.modesign.model.Responsibility("campaigns", org.modesign.model.Raci.A),
                new org.modesign.model.Responsibility("data", org.modesign.model.Raci.C))));
        MergeResult result = merge(base, ours, theirs);
        assertTrue(result.clean(), sentences(result)::toString);
        Role r1 = MergeFixtures.role(result.design(), "r1");
        assertEquals(List.of("emea-team"), r1.alsoIn());
        assertEquals("[campaigns R, data C]", Values.text(r1.responsibilities()));
    }
}
