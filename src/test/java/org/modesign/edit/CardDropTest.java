package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

class CardDropTest {

    private static final double W = CardDrop.SPACING.cardWidth();
    private static final double H = CardDrop.SPACING.cardHeight();

    private final Design design = new Design("t", "", Settings.DEFAULTS, List.of(), List.of(),
            List.of(new Phase("p1", "P1", List.of())), List.of(new Scenario("s", "S", Strategy.CENTRALIZED, List.of(
                    new Executive("ceo", Office.CEO, "CEO", 0, 0),
                    new Team("ops", "Ops", null, null, null, 0, 200),
                    Role.of("a", "Analyst", Archetype.MODELER, 24, 312).withTeam("ops"),
                    Role.of("b", "Buyer", Archetype.MAKER, 600, 400)), List.of())));

    @Test
    void aRoleDroppedOnATeamGoesBelowItsLastMemberInTheTeamsColumn() {
        AddNode add = CardDrop.place(design, AddNode.role(design, "s", "New", Archetype.MAKER, 0, 200), "ops");
        Role role = (Role) add.node();
        assertEquals("ops", role.team());
        assertEquals(24, role.x(), 1e-9);
        assertEquals(312 + H + CardDrop.SPACING.stackGap(), role.y(), 1e-9);
        assertNoOverlap(add.apply(design));
    }

    @Test
    void aNewCardOnAnotherIsNudgedOffItOnTheGrid() {
        AddNode add = CardDrop.place(design, AddNode.executive(design, "s", "CFO", Office.CFO, 10, 10), null);
        assertNoOverlap(add.apply(design));
        assertEquals(0, add.node().x() % 10, 1e-9);
        assertEquals(0, add.node().y() % 10, 1e-9);
        AddNode free = CardDrop.place(design, AddNode.team(design, "s", "Far", 2000, 2000), null);
        assertEquals(2000, free.node().x(), 1e-9, "a free place is kept");
    }

    @Test
    void movedCardsStayWhereDroppedUnlessTheyCoverACard() {
        SetPositions away = CardDrop.move(design, "s", List.of("b"), 500, 0);
        assertEquals(new Position(1100, 400), away.positions().get("b"));
        SetPositions onto = CardDrop.move(design, "s", List.of("b"), -600, -400);
        Design after = onto.apply(design);
        assertNoOverlap(after);
        SetPositions both = CardDrop.move(design, "s", List.of("a", "b"), 0, -100);
        assertNoOverlap(both.apply(design));
    }

    @Test
    void aRoleMovedToATeamJoinsItAndTheStepSaysSo() {
        EditCommand move = CardDrop.toTeam(design, "s", "b", "ops");
        assertEquals("Move \u201CBuyer\u201D to team \u201COps\u201D", move.description());
        Design after = move.apply(design);
        Role b = (Role) after.scenarios().get(0).node("b").orElseThrow();
        assertEquals("ops", b.team());
        assertEquals(24, b.x(), 1e-9);
        assertNoOverlap(after);
        assertThrows(EditRejected.class, () -> CardDrop.toTeam(design, "s", "b", "ceo"));
        assertThrows(EditRejected.class, () -> CardDrop.toTeam(design, "s", "ceo", "ops"));
    }

    private static void assertNoOverlap(Design design) {
        List<Node> nodes = design.scenarios().get(0).nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node a = nodes.get(i);
                Node b = nodes.get(j);
                assertFalse(Math.abs(a.x() - b.x()) < W && Math.abs(a.y() - b.y()) < H, a + " covers " + b);
            }
        }
    }
}
