package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Raci;

/** What refers to a capability, a region or a phase, counted over every scenario. */
class ReferencesTest {

    private final Design design = Fixtures.design();

    @Test
    void capabilityReferencesCountRolesScenariosAndRequiringPhases() {
        Design more = new SetResponsibility(CENTRAL, "r1", "campaigns", Raci.C).apply(design);
        more = AddNode.role(more, LOCAL, "APAC marketer", Archetype.MARKETER, 0, 300).apply(more);
        more = new SetResponsibility(LOCAL, "apac-marketer", "campaigns", Raci.A).apply(more);
        References references = References.toCapability(more, "campaigns");
        assertEquals(List.of(3, 2), List.of(references.cards(), references.scenarios()));
        assertEquals(List.of("Foundation", "Data platform"), references.requiredIn());
        assertEquals("Run campaigns", references.name());
        assertEquals("\"Run campaigns\" is still in use: 3 roles in 2 scenarios hold it; phases \"Foundation\", "
                + "\"Data platform\" require it.", references.explanation().english());
    }

    @Test
    void aCapabilityOnlyRequiredIsExplainedByItsPhases() {
        Design unheld = new SetResponsibility(CENTRAL, "r1", "stack", null).apply(design);
        References references = References.toCapability(unheld, "stack");
        assertFalse(references.isEmpty());
        assertEquals("\"Architect the stack\" is still in use: phase \"Data platform\" requires it.",
                references.explanation().english());
    }

    @Test
    void regionReferencesAreTeamsAndRolesPlacedInIt() {
        assertEquals("\"EMEA\" is still in use: 1 card in 1 scenario is placed in it.",
                References.toRegion(design, "emea").explanation().english());
        Design both = new SetRegion(CENTRAL, "coe", "apac").apply(design);
        References apac = References.toRegion(both, "apac");
        assertEquals(List.of(2, 2), List.of(apac.cards(), apac.scenarios()));
        assertEquals("\"APAC\" is still in use: 2 cards in 2 scenarios are placed in it.", apac.toString());
    }

    @Test
    void phaseReferencesAreCardsStartingOrEndingInIt() {
        assertEquals("\"Foundation\" is still in use: 1 card in 1 scenario starts or ends in it.",
                References.toPhase(design, "p1").explanation().english());
        Design teamToo = new SetPhases(LOCAL, "hub", null, "p2").apply(design);
        assertEquals("\"Data platform\" is still in use: 2 cards in 2 scenarios start or end in it.",
                References.toPhase(teamToo, "p2").explanation().english());
        Design none = new SetPhases(CENTRAL, "r1", null, null).apply(design);
        assertTrue(References.toPhase(none, "p1").isEmpty());
    }

    @Test
    void unknownIdsAreRefused() {
        assertEquals(EditKey.NO_CAPABILITY, assertThrows(EditRejected.class,
                () -> References.toCapability(design, "seo")).reason().key());
        assertEquals(EditKey.NO_REGION, assertThrows(EditRejected.class,
                () -> References.toRegion(design, "global")).reason().key());
        assertEquals(EditKey.NO_PHASE, assertThrows(EditRejected.class,
                () -> References.toPhase(design, "p9")).reason().key());
    }
}
