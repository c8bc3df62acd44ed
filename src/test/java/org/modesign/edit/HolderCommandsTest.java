package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.Fixtures.role;
import static org.modesign.edit.V2Fixtures.applied;
import static org.modesign.edit.V2Fixtures.executive;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.FteChange;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Staffing;
import org.modesign.model.TeamKind;

/**
 * What roles and executives are and hold in format version 2: staffing, person, cost, FTE changes,
 * letters with spans, the teams served on besides one's own, and a team's kind.
 */
class HolderCommandsTest {

    private final Design design = V2Fixtures.design();

    @Test
    void staffingIsRefusedOpenOrPlannedWhileAPersonIsNamed() {
        assertEquals(Staffing.FILLED, role(applied(design, new SetStaffing(CENTRAL, "r2", Staffing.FILLED)), "r2")
                .staffing());
        assertEquals(Staffing.OPEN, role(applied(design, new SetStaffing(CENTRAL, "r2", Staffing.OPEN)), "r2")
                .staffing());
        EditRejected rejected = refused(design, new SetStaffing(CENTRAL, "r1", Staffing.OPEN),
                EditKey.VACANCY_WITH_PERSON);
        assertEquals("\"Martech architect\" names the person \"Ada Lovelace\"; clear the person before making the"
                + " position open or planned.", rejected.getMessage());
        Design nobody = applied(design, new SetPerson(CENTRAL, "r1", null));
        assertEquals(Staffing.PLANNED, role(applied(nobody, new SetStaffing(CENTRAL, "r1", Staffing.PLANNED)), "r1")
                .staffing());
        assertSame(design, new SetStaffing(CENTRAL, "r1", Staffing.FILLED).apply(design));
        refused(design, new SetStaffing(CENTRAL, "coe", Staffing.OPEN), EditKey.NOT_A_ROLE);
        assertEquals("Set staffing", new SetStaffing(CENTRAL, "r1", Staffing.OPEN).description());
    }

    @Test
    void aPersonIsNamedInAFilledPositionInAtMost200Characters() {
        assertEquals("Grace Hopper", role(applied(design, new SetPerson(CENTRAL, "r1", "Grace Hopper")), "r1").person());
        assertEquals("", role(applied(design, new SetPerson(CENTRAL, "r1", "")), "r1").person());
        String chinese = "\u674E".repeat(200);
        assertEquals(chinese, role(applied(design, new SetPerson(CENTRAL, "r1", chinese)), "r1").person());
        String emoji = "\uD83D\uDE00".repeat(200);
        assertEquals(emoji, role(applied(design, new SetPerson(CENTRAL, "r1", emoji)), "r1").person(),
                "characters are code points");
        refused(design, new SetPerson(CENTRAL, "r1", "x".repeat(201)), EditKey.PERSON_TOO_LONG);
        EditRejected vacant = refused(design, new SetPerson(CENTRAL, "r2", "Bob"), EditKey.PERSON_ON_VACANCY);
        assertEquals("\"EMEA marketer\" is an open or planned position with nobody in it yet; make it filled before"
                + " naming the person.", vacant.getMessage());
        assertSame(design, new SetPerson(CENTRAL, "r2", null).apply(design));
        refused(design, new SetPerson(CENTRAL, "cmo", "Bob"), EditKey.NOT_A_ROLE);
        assertEquals("Set person", new SetPerson(CENTRAL, "r1", "x").description());
    }

    @Test
    void aRolesOwnCostIsANumberOfAtLeastZeroOrAbsent() {
        assertEquals(95_000.0, role(applied(design, new SetCost(CENTRAL, "r2", 95_000.0)), "r2").cost());
        assertEquals(0.0, role(applied(design, new SetCost(CENTRAL, "r2", 0.0)), "r2").cost());
        assertNull(role(applied(design, new SetCost(CENTRAL, "r1", null)), "r1").cost());
        refused(design, new SetCost(CENTRAL, "r1", -5.0), EditKey.COST_RANGE);
        refused(design, new SetCost(CENTRAL, "r1", Double.NaN), EditKey.COST_RANGE);
        refused(design, new SetCost(CENTRAL, "ceo", 1.0), EditKey.NOT_A_ROLE);
        assertEquals("Set cost", new SetCost(CENTRAL, "r1", null).description());
    }

    @Test
    void fteChangesGoInPhaseOrderAndReplaceAChangeInTheSamePhase() {
        Design after = applied(design, new SetFteChange(CENTRAL, "r2", "p2", 2));
        assertEquals(List.of(new FteChange("p2", 2)), role(after, "r2").fteChanges());
        after = applied(after, new SetFteChange(CENTRAL, "r2", "p3", 3));
        after = applied(after, new SetFteChange(CENTRAL, "r2", "p1", 1.5));
        assertEquals(List.of(new FteChange("p1", 1.5), new FteChange("p2", 2), new FteChange("p3", 3)),
                role(after, "r2").fteChanges());
        assertEquals(List.of(new FteChange("p1", 1.5), new FteChange("p2", 4), new FteChange("p3", 3)),
                role(applied(after, new SetFteChange(CENTRAL, "r2", "p2", 4)), "r2").fteChanges());
        assertEquals(List.of(new FteChange("p2", 0.75)),
                role(applied(design, new SetFteChange(CENTRAL, "r1", "p2", 0.75)), "r1").fteChanges());
        assertSame(design, new SetFteChange(CENTRAL, "r1", "p2", 0.5).apply(design));
        assertEquals("Set FTE change", new SetFteChange(CENTRAL, "r1", "p1", 1).description());
    }

    @Test
    void anFteChangeLiesWithinTheRolesPhasesWithAnFteInRange() {
        EditRejected outside = refused(design, new SetFteChange(CENTRAL, "r1", "p3", 1), EditKey.FTE_CHANGE_OUTSIDE);
        assertEquals("Phase \"Scale\" is outside the phases of \"Martech architect\" (\"Foundation\" to \"Data"
                + " platform\"); an FTE change falls within them.", outside.getMessage());
        refused(design, new SetFteChange(CENTRAL, "r1", "p1", 0), EditKey.FTE_RANGE);
        refused(design, new SetFteChange(CENTRAL, "r1", "p1", 10_001), EditKey.FTE_RANGE);
        refused(design, new SetFteChange(CENTRAL, "r1", "p1", Double.NaN), EditKey.FTE_RANGE);
        refused(design, new SetFteChange(CENTRAL, "r1", "p9", 1), EditKey.NO_PHASE);
        refused(design, new SetFteChange(CENTRAL, "steer", "p1", 1), EditKey.NOT_A_ROLE);
    }

    @Test
    void anFteChangeMovesToAFreePhaseOfTheRoleOrIsRemoved() {
        assertEquals(List.of(new FteChange("p1", 0.5)),
                role(applied(design, new MoveFteChange(CENTRAL, "r1", "p2", "p1")), "r1").fteChanges());
        assertSame(design, new MoveFteChange(CENTRAL, "r1", "p2", "p2").apply(design));
        EditRejected none = refused(design, new MoveFteChange(CENTRAL, "r1", "p1", "p2"), EditKey.NO_FTE_CHANGE);
        assertEquals("\"Martech architect\" has no FTE change in phase \"Foundation\".", none.getMessage());
        refused(design, new MoveFteChange(CENTRAL, "r1", "p2", "p3"), EditKey.FTE_CHANGE_OUTSIDE);
        refused(design, new MoveFteChange(CENTRAL, "r1", "p2", "p9"), EditKey.NO_PHASE);
        Design two = applied(applied(design, new SetFteChange(CENTRAL, "r2", "p1", 1)),
                new SetFteChange(CENTRAL, "r2", "p3", 2));
        EditRejected taken = refused(two, new MoveFteChange(CENTRAL, "r2", "p1", "p3"), EditKey.FTE_CHANGE_TAKEN);
        assertEquals("\"EMEA marketer\" has an FTE change in phase \"Scale\" already.", taken.getMessage());
        assertEquals(List.of(new FteChange("p2", 1), new FteChange("p3", 2)),
                role(applied(two, new MoveFteChange(CENTRAL, "r2", "p1", "p2")), "r2").fteChanges());
        assertEquals(List.of(), role(applied(design, new RemoveFteChange(CENTRAL, "r1", "p2")), "r1").fteChanges());
        refused(design, new RemoveFteChange(CENTRAL, "r1", "p1"), EditKey.NO_FTE_CHANGE);
        assertEquals(List.of("Move FTE change", "Remove FTE change"), List.of(
                new MoveFteChange(CENTRAL, "r1", "p2", "p1").description(),
                new RemoveFteChange(CENTRAL, "r1", "p2").description()));
    }

    @Test
    void lettersWithSpansAreAddedWithoutSharingAPhase() {
        Design split = applied(design, new SetLetterSpan(CENTRAL, "r1", "stack", 0, null, "p1"));
        assertEquals(List.of(new Responsibility("stack", Raci.A, null, "p1")), role(split, "r1").responsibilities());
        Design handedOver = applied(split, new AddLetter(CENTRAL, "r1", "stack", Raci.C, "p2", null));
        assertEquals(List.of(new Responsibility("stack", Raci.A, null, "p1"), new Responsibility("stack", Raci.C, "p2",
                null)), role(handedOver, "r1").responsibilities());
        EditRejected overlap = refused(design, new AddLetter(CENTRAL, "r1", "stack", Raci.C, "p2", null),
                EditKey.LETTER_OVERLAP);
        assertEquals("\"Martech architect\" would hold capability \"stack\" twice in phase \"Data platform\"; the"
                + " letters of one capability may not share a phase.", overlap.getMessage());
        refused(design, new AddLetter(CENTRAL, "r2", "campaigns", Raci.I, "p1", "p1"), EditKey.LETTER_OVERLAP);
        refused(design, new AddLetter(CENTRAL, "r1", "stack", Raci.C, null, null), EditKey.CAPABILITY_TWICE);
        refused(design, new AddLetter(CENTRAL, "r1", "seo", Raci.C, null, null), EditKey.NO_CAPABILITY);
        refused(design, new AddLetter(CENTRAL, "r1", "campaigns", Raci.C, "p3", null), EditKey.LETTER_STARTS_LATE);
        EditRejected team = refused(design, new AddLetter(CENTRAL, "coe", "stack", Raci.C, null, null),
                EditKey.NOT_A_HOLDER);
        assertEquals("\"Martech CoE\" is a team; only roles and executives hold letters and serve on other teams.",
                team.getMessage());
        Design cmo = applied(design, new AddLetter(CENTRAL, "cmo", "campaigns", Raci.A, "p3", null));
        assertEquals(new Responsibility("campaigns", Raci.A, "p3", null),
                executive(cmo, CENTRAL, "cmo").responsibilities().get(1));
        assertEquals("Add responsibility for some phases",
                new AddLetter(CENTRAL, "r1", "stack", Raci.C, null, null).description());
    }

    @Test
    void aLettersSpanIsSetOnTheNthLetterOfItsCapability() {
        assertEquals(List.of(new Responsibility("campaigns", Raci.R, null, "p1"),
                new Responsibility("campaigns", Raci.A, "p3", null)),
                role(applied(design, new SetLetterSpan(CENTRAL, "r2", "campaigns", 0, null, "p1")), "r2")
                        .responsibilities());
        refused(design, new SetLetterSpan(CENTRAL, "r2", "campaigns", 1, "p2", null), EditKey.LETTER_OVERLAP);
        EditRejected order = refused(design, new SetLetterSpan(CENTRAL, "r2", "campaigns", 1, "p3", "p1"),
                EditKey.SPAN_ORDER);
        assertEquals("Phase \"Scale\" comes after phase \"Foundation\"; a span of phases cannot start after it ends.",
                order.getMessage());
        refused(design, new SetLetterSpan(CENTRAL, "r2", "campaigns", 1, "p9", null), EditKey.NO_PHASE);
        EditRejected third = refused(design, new SetLetterSpan(CENTRAL, "r2", "campaigns", 2, null, null),
                EditKey.NO_LETTER);
        assertEquals("\"EMEA marketer\" holds only 2 letters on capability \"campaigns\".", third.getMessage());
        EditRejected none = refused(design, new SetLetterSpan(CENTRAL, "r2", "stack", 0, null, null), EditKey.NO_LETTER);
        assertEquals("\"EMEA marketer\" holds no letter on capability \"stack\".", none.getMessage());
        refused(design, new SetLetterSpan(CENTRAL, "r1", "stack", 0, "p3", null), EditKey.LETTER_STARTS_LATE);
        assertEquals("Set responsibility phases",
                new SetLetterSpan(CENTRAL, "r1", "stack", 0, null, null).description());
    }

    @Test
    void oneLetterOfSeveralChangesOrGoesAlone() {
        assertEquals(List.of(new Responsibility("campaigns", Raci.R, null, "p2"),
                new Responsibility("campaigns", Raci.C, "p3", null)),
                role(applied(design, new SetLetter(CENTRAL, "r2", "campaigns", 1, Raci.C)), "r2").responsibilities());
        assertEquals(List.of(new Responsibility("campaigns", Raci.A, "p3", null)),
                role(applied(design, new SetLetter(CENTRAL, "r2", "campaigns", 0, null)), "r2").responsibilities());
        assertEquals(List.of(), executive(applied(design, new SetLetter(CENTRAL, "cmo", "stack", 0, null)), CENTRAL,
                "cmo").responsibilities());
        refused(design, new SetLetter(CENTRAL, "r2", "campaigns", 5, Raci.C), EditKey.NO_LETTER);
        assertEquals(List.of("Set responsibility", "Remove responsibility"), List.of(
                new SetLetter(CENTRAL, "r2", "campaigns", 0, Raci.C).description(),
                new SetLetter(CENTRAL, "r2", "campaigns", 0, null).description()));
    }

    @Test
    void anExecutiveOwnsWorkAsARoleDoes() {
        Design after = applied(design, new SetExecutiveResponsibility(CENTRAL, "cmo", "campaigns", Raci.A));
        assertEquals(List.of(new Responsibility("stack", Raci.I), new Responsibility("campaigns", Raci.A)),
                executive(after, CENTRAL, "cmo").responsibilities());
        after = applied(design, new SetExecutiveResponsibility(CENTRAL, "cmo", "stack", Raci.A));
        assertEquals(List.of(new Responsibility("stack", Raci.A)), executive(after, CENTRAL, "cmo").responsibilities());
        after = applied(design, new SetExecutiveResponsibility(CENTRAL, "cmo", "stack", null));
        assertEquals(List.of(), executive(after, CENTRAL, "cmo").responsibilities());
        assertEquals(List.of(new Responsibility("stack", Raci.C)), executive(applied(design,
                new SetExecutiveResponsibility("local", "ceo", "stack", Raci.C)), "local", "ceo").responsibilities());
        refused(design, new SetExecutiveResponsibility(CENTRAL, "r1", "stack", Raci.A), EditKey.NOT_AN_EXECUTIVE);
        refused(design, new SetExecutiveResponsibility(CENTRAL, "cmo", "seo", Raci.A), EditKey.NO_CAPABILITY);
        assertEquals("Set responsibility",
                new SetExecutiveResponsibility(CENTRAL, "cmo", "stack", Raci.A).description());
    }

    @Test
    void rolesAndExecutivesServeOnOtherTeamsOfTheScenario() {
        assertEquals(List.of("steer"), role(applied(design, new ServeOnTeam(CENTRAL, "r2", "steer")), "r2").alsoIn());
        assertEquals(List.of("steer", "coe"), executive(applied(design, new ServeOnTeam(CENTRAL, "cmo", "coe")),
                CENTRAL, "cmo").alsoIn());
        EditRejected own = refused(design, new ServeOnTeam(CENTRAL, "r1", "coe"), EditKey.OWN_TEAM);
        assertEquals("\"Martech architect\" belongs to \"Martech CoE\" already; list only the teams it serves on"
                + " besides its own.", own.getMessage());
        EditRejected twice = refused(design, new ServeOnTeam(CENTRAL, "r1", "steer"), EditKey.SERVES_ALREADY);
        assertEquals("\"Martech architect\" serves on \"Steering committee\" already.", twice.getMessage());
        EditRejected notTeam = refused(design, new ServeOnTeam(CENTRAL, "r2", "cmo"), EditKey.NOT_TEAM_CARD);
        assertEquals("\"CMO\" is not a team.", notTeam.getMessage());
        refused(design, new ServeOnTeam(CENTRAL, "r2", "hub"), EditKey.NO_TEAM);
        refused(design, new ServeOnTeam(CENTRAL, "coe", "steer"), EditKey.NOT_A_HOLDER);
        assertEquals("Serve on team", new ServeOnTeam(CENTRAL, "r2", "steer").description());
    }

    @Test
    void aTeamServedOnIsLeft() {
        assertEquals(List.of(), role(applied(design, new LeaveTeam(CENTRAL, "r1", "steer")), "r1").alsoIn());
        assertEquals(List.of(), executive(applied(design, new LeaveTeam(CENTRAL, "cmo", "steer")), CENTRAL, "cmo")
                .alsoIn());
        EditRejected not = refused(design, new LeaveTeam(CENTRAL, "r2", "steer"), EditKey.DOES_NOT_SERVE);
        assertEquals("\"EMEA marketer\" does not serve on \"Steering committee\".", not.getMessage());
        refused(design, new LeaveTeam(CENTRAL, "r2", "ghost"), EditKey.DOES_NOT_SERVE);
        refused(design, new LeaveTeam(CENTRAL, "steer", "coe"), EditKey.NOT_A_HOLDER);
        assertEquals("Stop serving on team", new LeaveTeam(CENTRAL, "r1", "steer").description());
    }

    @Test
    void aTeamHasAKind() {
        assertEquals(TeamKind.SQUAD, V2Fixtures.team(applied(design, new SetTeamKind(CENTRAL, "coe", TeamKind.SQUAD)),
                CENTRAL, "coe").kind());
        assertSame(design, new SetTeamKind(CENTRAL, "coe", TeamKind.COE).apply(design));
        EditRejected notTeam = refused(design, new SetTeamKind(CENTRAL, "r1", TeamKind.AGENCY), EditKey.NOT_TEAM_CARD);
        assertEquals("\"Martech architect\" is not a team.", notTeam.getMessage());
        assertEquals("Set team kind", new SetTeamKind(CENTRAL, "coe", TeamKind.SQUAD).description());
    }
}
