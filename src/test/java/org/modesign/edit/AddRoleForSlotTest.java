package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.analysis.Finding;
import org.modesign.analysis.Rule;
import org.modesign.analysis.Validator;
import org.modesign.format.DesignReader;
import org.modesign.starter.BundledSamples;
import org.modesign.layout.Spacing;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Raci;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/** The quick fix for an unstaffed slot: a role that staffs it, so that the finding goes away. */
class AddRoleForSlotTest {

    private final Design design = Fixtures.design();

    /** The unstaffed-capability findings of {@code scenario} as "capability/region/phase". */
    private static List<String> unstaffed(Design design, String scenario) {
        return Validator.validate(design, design.scenario(scenario).orElseThrow()).stream()
                .filter(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY)
                .map(f -> f.capability() + "/" + f.region() + "/" + f.phase()).toList();
    }

    private static Design apply(Design design, EditCommand command) {
        Design after = command.apply(design);
        assertEquals(List.of(), Integrity.check(after));
        return after;
    }

    private static void assertClearOfOtherCards(Scenario scenario, String id) {
        Node added = scenario.node(id).orElseThrow();
        for (Node other : scenario.nodes()) {
            if (other != added) {
                boolean apart = Math.abs(other.x() - added.x()) >= Spacing.CARDS.cardWidth()
                        || Math.abs(other.y() - added.y()) >= Spacing.CARDS.cardHeight();
                assertTrue(apart, added.label() + " overlaps " + other.label());
            }
        }
    }

    @Test
    void aRegionalSlotWithoutATeamGetsAnAccountableRoleInTheRegionUnderTheCmo() {
        assertEquals(List.of("campaigns/apac/p1", "campaigns/apac/p2"), unstaffed(design, CENTRAL));
        AddRoleForSlot fix = AddRoleForSlot.of(design, CENTRAL, "campaigns", "apac", "p1");
        Design after = apply(design, fix);
        assertEquals(List.of(), unstaffed(after, CENTRAL), "one fix clears the run of phases");
        Role role = (Role) after.scenario(CENTRAL).orElseThrow().node(fix.roleId()).orElseThrow();
        assertEquals("Owner: Run campaigns (APAC)", role.title());
        assertEquals(Archetype.MARKETER, role.archetype());
        assertEquals(List.of(new Responsibility("campaigns", Raci.A)), role.responsibilities());
        assertEquals("apac", role.region());
        assertNull(role.team());
        assertEquals("p1", role.from());
        assertNull(role.to(), "the run reaches the last phase");
        assertTrue(after.scenario(CENTRAL).orElseThrow().lines().contains(new Line(role.id(), "cmo", LineStyle.SOLID)));
        assertTrue(role.y() > 120, "under the CMO");
        assertClearOfOtherCards(after.scenario(CENTRAL).orElseThrow(), role.id());
        assertEquals("Add a role for \"Run campaigns\"", fix.description());
        List<Finding> findings = Validator.validate(after, after.scenario(CENTRAL).orElseThrow());
        assertTrue(findings.stream().noneMatch(f -> f.nodes().contains(role.id())), findings.toString());
    }

    @Test
    void aRegionalSlotWithATeamOfThatRegionGetsAMemberOfIt() {
        assertEquals(List.of("campaigns/apac/p1", "campaigns/emea/p1", "campaigns/apac/p2", "campaigns/emea/p2",
                "stack/global/p2"), unstaffed(design, LOCAL));
        AddRoleForSlot fix = AddRoleForSlot.of(design, LOCAL, "campaigns", "apac", "p2");
        Design after = apply(design, fix);
        Role role = (Role) after.scenario(LOCAL).orElseThrow().node(fix.roleId()).orElseThrow();
        assertEquals("hub", role.team());
        assertNull(role.region(), "it takes the team's region");
        assertEquals(List.of(), after.scenario(LOCAL).orElseThrow().lines(), "a member needs no line");
        assertEquals(Arrays.asList("p2", null), Arrays.asList(role.from(), role.to()));
        assertEquals(List.of("campaigns/apac/p1", "campaigns/emea/p1", "campaigns/emea/p2", "stack/global/p2"),
                unstaffed(after, LOCAL));
        assertClearOfOtherCards(after.scenario(LOCAL).orElseThrow(), role.id());
        assertTrue(role.y() > 120, "under the team");
    }

    @Test
    void aGlobalSlotGetsARoleWithoutRegionUnderTheCmo() {
        Design unheld = apply(design, new SetResponsibility(CENTRAL, "r1", "stack", null));
        assertTrue(unstaffed(unheld, CENTRAL).contains("stack/global/p2"));
        AddRoleForSlot fix = AddRoleForSlot.of(unheld, CENTRAL, "stack", "global", "p2");
        Design after = apply(unheld, fix);
        Role role = fix.role();
        assertEquals("Owner: Architect the stack", role.title());
        assertEquals(Archetype.LEADER, role.archetype());
        assertNull(role.region());
        assertEquals("p2", role.from());
        assertFalse(unstaffed(after, CENTRAL).contains("stack/global/p2"));
        assertEquals(role, AddRoleForSlot.of(unheld, CENTRAL, "stack", null, "p2").role(), "null reads as global");
    }

    @Test
    void theRoleEndsBeforeThePhaseInWhichTheSlotIsStaffedAgain() {
        Design three = apply(design, new AddPhase("p3", "Scale", 2));
        three = apply(three, new SetRequired("p3", "campaigns", true));
        Role later = Role.of("apac-lead", "APAC lead", Archetype.MARKETER, 900, 300).withRegion("apac")
                .withPhases("p3", null).withResponsibilities(List.of(new Responsibility("campaigns", Raci.A)));
        three = apply(three, new AddNode(CENTRAL, later));
        AddRoleForSlot fix = AddRoleForSlot.of(three, CENTRAL, "campaigns", "apac", "p1");
        assertEquals(List.of("p1", "p2"), List.of(fix.role().from(), fix.role().to()));
        Design after = apply(three, fix);
        assertEquals(List.of(), unstaffed(after, CENTRAL));
        assertTrue(Validator.validate(after, after.scenario(CENTRAL).orElseThrow()).stream()
                .noneMatch(f -> f.rule() == Rule.OVERLAPPING_RESPONSIBILITY), "no overlap with the later owner");
    }

    @Test
    void withoutAPhaseTheRoleStartsInTheFirstUnstaffedPhase() {
        Design later = apply(design, new SetRequired("p1", "campaigns", false));
        AddRoleForSlot fix = AddRoleForSlot.of(later, CENTRAL, "campaigns", "apac", null);
        assertEquals("p2", fix.role().from());
        AddRoleForSlot staffed = AddRoleForSlot.of(later, CENTRAL, "campaigns", "emea", null);
        assertEquals(Arrays.asList(null, null), Arrays.asList(staffed.role().from(),
                staffed.role().to()), "never unstaffed: every phase");
    }

    @Test
    void everyUnstaffedSlotOfEveryBundledSampleIsFixedWithoutNewProblems() {
        int fixes = 0;
        for (String sample : BundledSamples.ALL) {
            Design design = new DesignReader().parse(BundledSamples.read(sample)).design();
            for (Scenario scenario : design.scenarios()) {
                for (Finding finding : Validator.validate(design, scenario)) {
                    if (finding.rule() == Rule.UNSTAFFED_CAPABILITY) {
                        AddRoleForSlot fix = AddRoleForSlot.of(design, scenario.id(), finding.capability(),
                                finding.region(), finding.phase());
                        fixes++;
                        Design after = apply(design, fix);
                        Scenario fixed = after.scenario(scenario.id()).orElseThrow();
                        assertClearOfOtherCards(fixed, fix.roleId());
                        List<Finding> now = Validator.validate(after, fixed);
                        assertFalse(now.stream().anyMatch(f -> f.rule() == Rule.UNSTAFFED_CAPABILITY
                                && f.capability().equals(finding.capability()) && f.region().equals(finding.region())
                                && f.phase().equals(finding.phase())), sample + ": " + finding.message());
                        assertTrue(now.stream().noneMatch(f -> f.nodes().contains(fix.roleId())
                                && f.rule() != Rule.SPAN_OF_CONTROL), sample + ": " + now);
                    }
                }
            }
        }
        assertTrue(fixes >= 3, "the samples have unstaffed slots to fix: " + fixes);
    }

    @Test
    void isOneUndoableStep() {
        History history = new History(design);
        AddRoleForSlot fix = AddRoleForSlot.of(design, CENTRAL, "campaigns", "apac", "p1");
        history.execute(fix);
        assertEquals("Add a role for \"Run campaigns\"", history.undoDescription().orElseThrow());
        assertSame(design, history.undo());
    }

    @Test
    void unknownScenarioCapabilityRegionOrPhaseIsRefused() {
        assertEquals(EditKey.NO_SCENARIO, assertThrows(EditRejected.class,
                () -> AddRoleForSlot.of(design, "nope", "campaigns", "apac", "p1")).reason().key());
        assertEquals(EditKey.NO_CAPABILITY, assertThrows(EditRejected.class,
                () -> AddRoleForSlot.of(design, CENTRAL, "seo", "apac", "p1")).reason().key());
        assertEquals(EditKey.NO_REGION, assertThrows(EditRejected.class,
                () -> AddRoleForSlot.of(design, CENTRAL, "campaigns", "mars", "p1")).reason().key());
        assertEquals(EditKey.NO_PHASE, assertThrows(EditRejected.class,
                () -> AddRoleForSlot.of(design, CENTRAL, "campaigns", "apac", "p9")).reason().key());
    }
}
