package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.node;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.Fixtures.role;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Integrity;
import org.modesign.model.Office;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;

class NodeCommandsTest {

    private final Design design = Fixtures.design();

    private Design apply(EditCommand command) {
        Design after = command.apply(design);
        assertTrue(Integrity.check(after).isEmpty(), () -> Integrity.check(after).toString());
        return after;
    }

    @Test
    void theFixtureIsSound() {
        assertEquals(List.of(), Integrity.check(design));
    }

    @Test
    void renameChangesTitleOrName() {
        assertEquals("Chief", ((Executive) node(apply(new Rename(CENTRAL, "ceo", "Chief")), CENTRAL, "ceo")).title());
        assertEquals("Hub", ((Team) node(apply(new Rename(CENTRAL, "coe", "Hub")), CENTRAL, "coe")).name());
        assertEquals("Lead", role(apply(new Rename(CENTRAL, "r1", "Lead")), "r1").title());
        assertEquals("Rename", new Rename(CENTRAL, "r1", "x").description());
    }

    @Test
    void renameRefusesBlankAndOverlongNames() {
        refused(design, new Rename(CENTRAL, "r1", "  "), EditKey.BLANK_NAME);
        refused(design, new Rename(CENTRAL, "r1", null), EditKey.BLANK_NAME);
        refused(design, new Rename(CENTRAL, "r1", "x".repeat(Rules.MAX_NAME + 1)), EditKey.NAME_TOO_LONG);
    }

    @Test
    void unknownScenarioOrCardIsRefused() {
        EditRejected rejected = refused(design, new Rename("nope", "r1", "x"), EditKey.NO_SCENARIO);
        assertEquals("There is no scenario \"nope\".", rejected.getMessage());
        refused(design, new SetFte(CENTRAL, "ghost", 2), EditKey.NO_CARD);
    }

    @Test
    void setFteAcceptsTheWholeRange() {
        assertEquals(10_000, role(apply(new SetFte(CENTRAL, "r1", 10_000)), "r1").fte());
        assertEquals(0.25, role(apply(new SetFte(CENTRAL, "r1", 0.25)), "r1").fte());
        assertEquals("Set FTE", new SetFte(CENTRAL, "r1", 1).description());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 10_000.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void setFteRefusesValuesOutOfRange(double fte) {
        EditRejected rejected = refused(design, new SetFte(CENTRAL, "r1", fte), EditKey.FTE_RANGE);
        assertTrue(rejected.getMessage().startsWith("FTE must be more than 0 and at most 10,000"));
    }

    @Test
    void roleOnlyPropertiesAreRefusedOnOtherCards() {
        refused(design, new SetFte(CENTRAL, "coe", 2), EditKey.NOT_A_ROLE);
        refused(design, new SetArchetype(CENTRAL, "ceo", Archetype.MAKER), EditKey.NOT_A_ROLE);
        refused(design, new SetSourcing(CENTRAL, "ceo", Sourcing.AGENCY), EditKey.NOT_A_ROLE);
        refused(design, new SetTeam(CENTRAL, "coe", null), EditKey.NOT_A_ROLE);
        refused(design, new SetResponsibility(CENTRAL, "coe", "stack", Raci.A), EditKey.NOT_A_ROLE);
        EditRejected rejected = refused(design, new SetOffice(CENTRAL, "r1", Office.IT), EditKey.NOT_AN_EXECUTIVE);
        assertEquals("\"Martech architect\" is not an executive.", rejected.getMessage());
    }

    @Test
    void setArchetypeSourcingAndOffice() {
        assertEquals(Archetype.MAKER, role(apply(new SetArchetype(CENTRAL, "r1", Archetype.MAKER)), "r1").archetype());
        assertEquals(Sourcing.CONTRACTOR,
                role(apply(new SetSourcing(CENTRAL, "r1", Sourcing.CONTRACTOR)), "r1").sourcing());
        assertEquals(Office.IT, ((Executive) node(apply(new SetOffice(CENTRAL, "cmo", Office.IT)), CENTRAL, "cmo")).office());
    }

    @Test
    void setTeamNeedsATeamOfTheScenario() {
        assertEquals("coe", role(apply(new SetTeam(CENTRAL, "r2", "coe")), "r2").team());
        assertNull(role(apply(new SetTeam(CENTRAL, "r1", null)), "r1").team());
        refused(design, new SetTeam(CENTRAL, "r2", "hub"), EditKey.NO_TEAM);
        EditRejected rejected = refused(design, new SetTeam(CENTRAL, "r2", "cmo"), EditKey.NOT_A_TEAM);
        assertEquals("\"CMO\" is not a team; a role can only belong to a team.", rejected.getMessage());
    }

    @Test
    void setRegionTakesDeclaredGlobalOrNone() {
        assertEquals("apac", role(apply(new SetRegion(CENTRAL, "r2", "apac")), "r2").region());
        assertEquals("global", role(apply(new SetRegion(CENTRAL, "r2", "global")), "r2").region());
        assertNull(role(apply(new SetRegion(CENTRAL, "r2", null)), "r2").region());
        assertEquals("emea", ((Team) node(apply(new SetRegion(CENTRAL, "coe", "emea")), CENTRAL, "coe")).region());
        refused(design, new SetRegion(CENTRAL, "r2", "mars"), EditKey.NO_REGION);
        refused(design, new SetRegion(CENTRAL, "ceo", "emea"), EditKey.NOT_TEAM_OR_ROLE);
    }

    @Test
    void setPhasesKeepsFromBeforeTo() {
        Role r1 = role(apply(new SetPhases(CENTRAL, "r1", "p2", "p2")), "r1");
        assertEquals("p2", r1.from());
        assertEquals("p2", r1.to());
        Role open = role(apply(new SetPhases(CENTRAL, "r1", null, null)), "r1");
        assertNull(open.from());
        assertEquals("p1", ((Team) node(apply(new SetPhases(CENTRAL, "coe", "p1", null)), CENTRAL, "coe")).from());
        EditRejected rejected = refused(design, new SetPhases(CENTRAL, "r1", "p2", "p1"), EditKey.PHASE_ORDER);
        assertEquals("Phase \"p2\" comes after phase \"p1\"; a card cannot start after it ends.",
                rejected.getMessage());
        refused(design, new SetPhases(CENTRAL, "r1", "p9", null), EditKey.NO_PHASE);
        refused(design, new SetPhases(CENTRAL, "ceo", "p1", "p2"), EditKey.NOT_TEAM_OR_ROLE);
    }

    @Test
    void setResponsibilityAddsReplacesAndRemoves() {
        Role added = role(apply(new SetResponsibility(CENTRAL, "r1", "campaigns", Raci.C)), "r1");
        assertEquals(List.of(new Responsibility("stack", Raci.A), new Responsibility("campaigns", Raci.C)),
                added.responsibilities());
        Role replaced = role(apply(new SetResponsibility(CENTRAL, "r1", "stack", Raci.R)), "r1");
        assertEquals(List.of(new Responsibility("stack", Raci.R)), replaced.responsibilities());
        SetResponsibility remove = new SetResponsibility(CENTRAL, "r1", "stack", null);
        assertEquals(List.of(), role(apply(remove), "r1").responsibilities());
        assertEquals("Remove responsibility", remove.description());
        refused(design, new SetResponsibility(CENTRAL, "r1", "seo", Raci.A), EditKey.NO_CAPABILITY);
    }

    @Test
    void anEditThatChangesNothingReturnsAnEqualDesign() {
        Design same = new SetFte(CENTRAL, "r1", 1).apply(design);
        assertEquals(design, same);
        assertSame(design, new SetResponsibility(CENTRAL, "r2", "stack", null).apply(design));
    }
}
