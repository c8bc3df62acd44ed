package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.Fixtures.role;
import static org.modesign.edit.V2Fixtures.applied;
import static org.modesign.edit.V2Fixtures.executive;
import static org.modesign.edit.V2Fixtures.stack;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.FteChange;
import org.modesign.model.Integrity;
import org.modesign.model.Layer;
import org.modesign.model.Objective;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;

/**
 * The edits that existed before format version 2 keep the v2 fields they do not edit, and clean up
 * what a removed card, capability, phase or region leaves behind in the same step.
 */
class V2CleanUpTest {

    private final Design design = V2Fixtures.design();

    private static Role roleIn(Design design, String scenario, String id) {
        return (Role) Fixtures.node(design, scenario, id);
    }

    @Test
    void theFixtureIsSoundAndUsesVersion2() {
        assertEquals(List.of(), Integrity.check(design));
        assertTrue(design.usesVersion2());
    }

    @Test
    void catalogueAndPhaseEditsKeepNeedsToolAndTheGoal() {
        assertTrue(applied(design, new RenameCapability("campaigns", "Campaigns")).capabilities().get(0).needsTool());
        assertTrue(applied(design, new SetCapabilityLayer("campaigns", Layer.PLATFORM)).capabilities().get(0)
                .needsTool());
        assertTrue(applied(design, new SetCapabilityScope("campaigns", Scope.GLOBAL)).capabilities().get(0)
                .needsTool());
        assertTrue(applied(design, new SetCapabilityArchetype("campaigns", Archetype.MAKER)).capabilities().get(0)
                .needsTool());
        assertEquals("Stop the bleeding", applied(design, new RenamePhase("p1", "Start")).phases().get(0).goal());
        assertEquals("Stop the bleeding", applied(design, new SetRequired("p1", "stack", true)).phases().get(0).goal());
        assertEquals("Stop the bleeding", applied(design, new SetRequired("p1", "campaigns", false)).phases().get(0)
                .goal());
    }

    @Test
    void addingCardsKeepsTheStack() {
        Design after = applied(design, AddNode.role(design, CENTRAL, "Analyst", Archetype.MODELER, 0, 0));
        assertEquals(stack(design, CENTRAL), stack(after, CENTRAL));
        after = applied(design, AddNode.team(design, CENTRAL, "Squad", 0, 0));
        assertEquals(stack(design, CENTRAL), stack(after, CENTRAL));
    }

    @Test
    void setResponsibilityChangesEveryLetterOfTheCapabilityAndKeepsTheirSpans() {
        Design after = applied(design, new SetResponsibility(CENTRAL, "r2", "campaigns", Raci.C));
        assertEquals(List.of(new Responsibility("campaigns", Raci.C, null, "p2"),
                new Responsibility("campaigns", Raci.C, "p3", null)), role(after, "r2").responsibilities());
        after = applied(design, new SetResponsibility(CENTRAL, "r2", "campaigns", null));
        assertEquals(List.of(), role(after, "r2").responsibilities());
        after = applied(design, new SetResponsibility(CENTRAL, "r2", "stack", Raci.I));
        assertEquals(new Responsibility("stack", Raci.I), role(after, "r2").responsibilities().get(2));
    }

    @Test
    void removingACapabilityNamesExecutivesAndToolsAndClearsThemToo() {
        EditRejected rejected = refused(design, new RemoveCapability("stack", false), EditKey.IN_USE_TWICE);
        assertEquals("\"Architect the stack\" is still in use: 1 role in 1 scenario holds it; 1 executive in 1 "
                + "scenario holds it; phases \"Data platform\", \"Scale\" require it; tool \"Segment\" serves it.",
                rejected.getMessage());
        Design after = applied(design, new RemoveCapability("stack", true));
        assertEquals(List.of(), after.tool("cdp").orElseThrow().capabilities());
        assertEquals(List.of("campaigns"), after.tool("mkto").orElseThrow().capabilities());
        assertEquals(List.of(), executive(after, CENTRAL, "cmo").responsibilities());
        assertEquals(List.of(), role(after, "r1").responsibilities());
        after = applied(design, new RemoveCapability("campaigns", true));
        assertEquals(List.of(), after.tool("mkto").orElseThrow().capabilities());
        assertEquals(List.of(), role(after, "r2").responsibilities());
    }

    @Test
    void deletingACardClearsTheDeploymentsItOwnedAndTheTeamsServedOn() {
        Design after = applied(design, new DeleteNodes(CENTRAL, Set.of("r1")));
        assertEquals(List.of(new StackEntry("mkto", "global", null, "p1", null),
                new StackEntry("cdp", "emea", "coe", "p2", "p3")), stack(after, CENTRAL));
        assertEquals(stack(design, LOCAL), stack(after, LOCAL));
        after = applied(design, new DeleteNodes(CENTRAL, Set.of("steer")));
        assertEquals(List.of(), role(after, "r1").alsoIn());
        assertEquals(List.of(), executive(after, CENTRAL, "cmo").alsoIn());
        assertEquals(stack(design, CENTRAL), stack(after, CENTRAL));
        after = applied(design, new DeleteNodes(CENTRAL, Set.of("coe", "ceo")));
        assertEquals(new StackEntry("cdp", "emea", null, "p2", "p3"), stack(after, CENTRAL).get(1));
        assertEquals(null, role(after, "r1").team());
    }

    @Test
    void aTeamServedOnThatBecomesTheOwnTeamLeavesAlsoIn() {
        Role r1 = role(applied(design, new SetTeam(CENTRAL, "r1", "steer")), "r1");
        assertEquals("steer", r1.team());
        assertEquals(List.of(), r1.alsoIn());
    }

    @Test
    void aRolesPhasesMustKeepItsFteChangesAndLettersSound() {
        EditRejected outside = refused(design, new SetPhases(CENTRAL, "r1", "p1", "p1"), EditKey.FTE_CHANGE_OUTSIDE);
        assertEquals("Phase \"Data platform\" is outside the phases of \"Martech architect\" (\"Foundation\" to "
                + "\"Foundation\"); an FTE change falls within them.", outside.getMessage());
        EditRejected late = refused(design, new SetPhases(CENTRAL, "r2", null, "p2"), EditKey.LETTER_STARTS_LATE);
        assertEquals("\"EMEA marketer\" ends in phase \"Data platform\", so a letter from phase \"Scale\" without an"
                + " end of its own would start after it ends.", late.getMessage());
        EditRejected early = refused(design, new SetPhases(CENTRAL, "r2", "p3", null), EditKey.LETTER_ENDS_EARLY);
        assertEquals("\"EMEA marketer\" starts in phase \"Scale\", so a letter until phase \"Data platform\" without"
                + " a start of its own would end before it starts.", early.getMessage());
        assertEquals("p3", role(applied(design, new SetPhases(CENTRAL, "r1", "p1", "p3")), "r1").to());
        assertEquals("p2", role(applied(design, new SetPhases(CENTRAL, "r2", "p2", null)), "r2").from());
    }

    @Test
    void aDuplicateServesOnTheCopyOfItsTeamOrTheSameTeamAndOwnsNoTool() {
        Design after = applied(design, Clip.duplicate(design, CENTRAL, Set.of("r1", "steer"), 10, 10));
        Role copy = roleIn(after, CENTRAL, "r1-2");
        assertEquals(List.of("steer-2"), copy.alsoIn());
        assertEquals("Ada Lovelace", copy.person());
        assertEquals(140_000.0, copy.cost());
        assertEquals(List.of(new FteChange("p2", 0.5)), copy.fteChanges());
        assertEquals(stack(design, CENTRAL), stack(after, CENTRAL));
        after = applied(design, Clip.duplicate(design, CENTRAL, Set.of("r1"), 10, 10));
        assertEquals(List.of("steer"), roleIn(after, CENTRAL, "r1-2").alsoIn());
    }

    @Test
    void pastingElsewhereDropsTeamsThatAreNotThereAndLettersThatNoLongerFit() {
        Clip clip = Clip.copy(Fixtures.scenario(design, CENTRAL), List.of("cmo", "r1", "r2"));
        Design after = applied(design, clip.paste(design, LOCAL, 0, 0));
        assertEquals(List.of(), roleIn(after, LOCAL, "r1").alsoIn());
        assertEquals(List.of(), executive(after, LOCAL, "cmo").alsoIn());
        assertEquals(List.of(new Responsibility("stack", Raci.I)), executive(after, LOCAL, "cmo").responsibilities());
        assertEquals(role(design, "r2").responsibilities(), roleIn(after, LOCAL, "r2").responsibilities());
        assertEquals(Staffing.PLANNED, roleIn(after, LOCAL, "r2").staffing());
        assertEquals(stack(design, LOCAL), stack(after, LOCAL));

        Design twoPhases = Fixtures.design();
        after = applied(twoPhases, clip.paste(twoPhases, LOCAL, 0, 0));
        assertEquals(List.of(new Responsibility("campaigns", Raci.R, null, "p2")),
                roleIn(after, LOCAL, "r2").responsibilities(), "p3 is unknown: A would hold throughout, over R");
        assertEquals(List.of(new FteChange("p2", 0.5)), roleIn(after, LOCAL, "r1").fteChanges());
    }

    @Test
    void removingAPhaseInUseIsRefusedNamingEverythingThatNamesIt() {
        EditRejected rejected = refused(design, new RemovePhase("p2", false), EditKey.IN_USE_TWICE);
        assertEquals("\"Data platform\" is still in use: 1 card in 1 scenario starts or ends in it; 2 cards in 1"
                + " scenario have letters or FTE changes tied to it; 1 tool deployment in 1 scenario starts or ends"
                + " in it; objective \"Attribute revenue\" belongs to it.", rejected.getMessage());
    }

    @Test
    void removingAMiddlePhaseMovesLettersChangesDeploymentsAndObjectivesOffIt() {
        Design after = applied(design, new RemovePhase("p2", true));
        Role r1 = role(after, "r1");
        assertEquals(List.of("p1", "p1"), Arrays.asList(r1.from(), r1.to()));
        assertEquals(List.of(), r1.fteChanges(), "moved to p3, outside the role: gone");
        assertEquals(List.of(new Responsibility("campaigns", Raci.R, null, "p1"),
                new Responsibility("campaigns", Raci.A, "p3", null)), role(after, "r2").responsibilities());
        assertEquals(new StackEntry("cdp", "emea", "coe", "p3", "p3"), stack(after, CENTRAL).get(1));
        assertEquals("p3", after.charter().objectives().get(0).phase());
    }

    @Test
    void removingTheLastPhaseDropsALetterHeldOnlyInIt() {
        Design after = applied(design, new RemovePhase("p3", true));
        assertEquals(List.of(new Responsibility("campaigns", Raci.R, null, "p2")), role(after, "r2").responsibilities());
        assertEquals(new StackEntry("cdp", "emea", "coe", "p2", "p2"), stack(after, CENTRAL).get(1));
        assertEquals(List.of(new FteChange("p2", 0.5)), role(after, "r1").fteChanges());
    }

    @Test
    void removingTheFirstPhaseMovesStartsToTheNext() {
        Design after = applied(design, new RemovePhase("p1", true));
        assertEquals("p2", role(after, "r1").from());
        assertEquals(List.of(new FteChange("p2", 0.5)), role(after, "r1").fteChanges());
        assertEquals("p2", stack(after, CENTRAL).get(0).from());
    }

    @Test
    void anFteChangeInARemovedPhaseTakesEffectInTheNextUnlessThatHasOne() {
        Role alone = Role.of("r3", "Analyst", Archetype.MODELER, 0, 0).withFteChanges(List.of(new FteChange("p2", 2)));
        Design one = applied(design, new AddNode(CENTRAL, alone));
        assertEquals(List.of(new FteChange("p3", 2)), role(applied(one, new RemovePhase("p2", true)), "r3")
                .fteChanges());
        Design two = applied(design, new AddNode(CENTRAL, alone.withFteChanges(
                List.of(new FteChange("p2", 2), new FteChange("p3", 3)))));
        assertEquals(List.of(new FteChange("p3", 3)), role(applied(two, new RemovePhase("p2", true)), "r3")
                .fteChanges());
        assertEquals(List.of(new FteChange("p2", 2)), role(applied(two, new RemovePhase("p3", true)), "r3")
                .fteChanges());
    }

    @Test
    void removingARegionGlobalisesItsDeploymentsUnlessTheToolIsGlobalAlready() {
        EditRejected rejected = refused(design, new RemoveRegion("emea", false), EditKey.IN_USE_TWICE);
        assertEquals("\"EMEA\" is still in use: 1 card in 1 scenario is placed in it; 1 tool deployment in 1"
                + " scenario is in it.", rejected.getMessage());
        Design after = applied(design, new RemoveRegion("emea", true));
        assertEquals(new StackEntry("cdp", "global", "coe", "p2", "p3"), stack(after, CENTRAL).get(1));
        Scenario central = Fixtures.scenario(design, CENTRAL);
        Design globalToo = design.withScenario(0, central.withStack(List.of(central.stack().get(0),
                central.stack().get(1), StackEntry.of("cdp"))));
        after = applied(globalToo, new RemoveRegion("emea", true));
        assertEquals(List.of(central.stack().get(0), StackEntry.of("cdp")), stack(after, CENTRAL));
        after = applied(design, new RemoveRegion("apac", true));
        assertEquals(List.of(new StackEntry("mkto", "global", "hub", null, null)), stack(after, LOCAL));
    }

    @Test
    void aPhaseMoveThatPutsLettersOrDeploymentsOutOfOrderIsRefused() {
        EditRejected letters = refused(design, new MovePhase("p3", 1), EditKey.PHASE_MOVE_REORDERS);
        assertEquals("Phase \"Scale\" cannot move there: the letters or FTE changes of \"EMEA marketer\" would be"
                + " out of order; change them first.", letters.getMessage());
        Design plain = applied(design, new SetResponsibility(CENTRAL, "r2", "campaigns", null));
        EditRejected stack = refused(plain, new MovePhase("p3", 1), EditKey.PHASE_MOVE_INVERTS_STACK);
        assertEquals("Phase \"Scale\" cannot move there: 1 tool deployment would start after it ends; change its"
                + " phases first.", stack.getMessage());
        Role changes = Role.of("r3", "Analyst", Archetype.MODELER, 0, 0).withFteChanges(
                List.of(new FteChange("p2", 2), new FteChange("p3", 3)));
        Design withChanges = applied(plain, new AddNode(LOCAL, changes));
        Design noCdp = withChanges.withScenario(0, Fixtures.scenario(withChanges, CENTRAL)
                .withStack(stack(withChanges, CENTRAL).subList(0, 1)));
        refused(noCdp, new MovePhase("p3", 1), EditKey.PHASE_MOVE_REORDERS);
    }

    @Test
    void objectivesOfARemovedLastPhaseMoveToThePreviousOne() {
        Design inScale = design.withCharter(design.charter().withObjectives(
                List.of(design.charter().objectives().get(0).withPhase("p3"))));
        Objective moved = applied(inScale, new RemovePhase("p3", true)).charter().objectives().get(0);
        assertEquals("p2", moved.phase());
    }
}
