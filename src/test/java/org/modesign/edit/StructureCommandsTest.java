package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.node;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.Fixtures.role;
import static org.modesign.edit.Fixtures.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

class StructureCommandsTest {

    private final Design design = Fixtures.design();

    private Design apply(EditCommand command) {
        Design after = command.apply(design);
        assertEquals(List.of(), Integrity.check(after));
        return after;
    }

    @Test
    void addNodeFactoriesMakeFreshIdsFromTitles() {
        AddNode role = AddNode.role(design, CENTRAL, "Martech Architect", Archetype.MAKER, 10, 20);
        assertEquals("martech-architect", role.node().id());
        assertEquals("Add role", role.description());
        Design after = apply(role);
        assertEquals(6, scenario(after, CENTRAL).nodes().size());
        assertEquals(10, node(after, CENTRAL, "martech-architect").x());
        AddNode again = AddNode.role(after, CENTRAL, "Martech Architect", Archetype.MAKER, 0, 0);
        assertEquals("martech-architect-2", again.node().id());
        assertEquals("ceo-2", AddNode.executive(design, CENTRAL, "CEO", Office.CEO, 0, 0).node().id());
        assertEquals("Add team", AddNode.team(design, CENTRAL, "Hub", 0, 0).description());
        assertEquals("Add executive", AddNode.executive(design, CENTRAL, "IT", Office.IT, 0, 0).description());
    }

    @Test
    void addNodeRefusesTakenOrInvalidIdsAndBadProperties() {
        refused(design, new AddNode(CENTRAL, Role.of("r1", "Copy", Archetype.MAKER, 0, 0)), EditKey.DUPLICATE_ID);
        refused(design, new AddNode(CENTRAL, Role.of("bad id!", "X", Archetype.MAKER, 0, 0)), EditKey.INVALID_ID);
        refused(design, new AddNode(CENTRAL, Role.of("x", "X", Archetype.MAKER, 0, 0).withTeam("cmo")),
                EditKey.NOT_A_TEAM);
        refused(design, new AddNode(CENTRAL, Role.of("x", "X", Archetype.MAKER, 0, 0).withFte(0)), EditKey.FTE_RANGE);
        refused(design, new AddNode(CENTRAL, Role.of("x", " ", Archetype.MAKER, 0, 0)), EditKey.BLANK_NAME);
        refused(design, new AddNode(CENTRAL, Role.of("x", "X", Archetype.MAKER, Double.NaN, 0)), EditKey.NOT_FINITE);
    }

    @Test
    void addNodesAddsCardsAndTheirLinesAsOneStep() {
        Node a = Role.of("a", "A", Archetype.MAKER, 0, 0);
        Node b = Role.of("b", "B", Archetype.MAKER, 0, 0).withTeam("coe");
        AddNodes add = AddNodes.of(CENTRAL, List.of(a, b),
                List.of(new Line("a", "b", LineStyle.SOLID), new Line("b", "cmo", LineStyle.DOTTED)));
        assertEquals("Add 2 cards", add.description());
        Scenario after = scenario(apply(add), CENTRAL);
        assertEquals(7, after.nodes().size());
        assertEquals(6, after.lines().size());
        refused(design, AddNodes.of(CENTRAL, List.of(a), List.of(new Line("a", "zz", LineStyle.SOLID))),
                EditKey.NO_CARD);
        refused(design, AddNodes.of(CENTRAL, List.of(), List.of(new Line("cmo", "ceo", LineStyle.DOTTED))),
                EditKey.DUPLICATE_LINE);
        refused(design, AddNodes.of(CENTRAL, List.of(a, a), List.of()), EditKey.DUPLICATE_ID);
    }

    @Test
    void deleteNodesRemovesTheirLinesAndClearsTheTeamOfMembers() {
        DeleteNodes delete = new DeleteNodes(CENTRAL, Set.of("coe", "r2"));
        assertEquals("Delete 2 cards", delete.description());
        Scenario after = scenario(apply(delete), CENTRAL);
        assertEquals(List.of("ceo", "cmo", "r1"), after.nodes().stream().map(Node::id).toList());
        assertEquals(List.of(new Line("cmo", "ceo", LineStyle.SOLID)), after.lines());
        assertNull(((Role) after.node("r1").orElseThrow()).team());
        assertEquals("Delete card", new DeleteNodes(CENTRAL, Set.of("r1")).description());
        refused(design, new DeleteNodes(CENTRAL, Set.of("r1", "ghost")), EditKey.NO_CARD);
        assertSame(design, new DeleteNodes(CENTRAL, Set.of()).apply(design));
    }

    @Test
    void moveNodesMovesOnlyTheNamedCards() {
        MoveNodes move = MoveNodes.by(CENTRAL, List.of("r1", "r2", "ceo"), 10, -5);
        assertEquals("Move 3 cards", move.description());
        assertEquals("Move card", MoveNodes.by(CENTRAL, List.of("r1"), 1, 1).description());
        Design after = apply(move);
        assertEquals(330, node(after, CENTRAL, "r1").x());
        assertEquals(295, node(after, CENTRAL, "r1").y());
        assertEquals(410, node(after, CENTRAL, "ceo").x());
        assertEquals(400, node(after, CENTRAL, "cmo").x());
        assertEquals(scenario(design, Fixtures.LOCAL), scenario(after, Fixtures.LOCAL));
        refused(design, MoveNodes.by(CENTRAL, List.of("r1"), Double.NaN, 0), EditKey.NOT_FINITE);
        Design far = MoveNodes.by(CENTRAL, List.of("r1"), Double.MAX_VALUE, 0).apply(design);
        refused(far, MoveNodes.by(CENTRAL, List.of("r1"), Double.MAX_VALUE, 0), EditKey.NOT_FINITE);
        refused(design, MoveNodes.by(CENTRAL, List.of("ghost"), 1, 1), EditKey.NO_CARD);
    }

    @Test
    void setPositionsPlacesCardsAsOneStep() {
        SetPositions arrange = SetPositions.arrange(CENTRAL, Map.of("r1", new Position(1, 2), "ceo", new Position(3, 4)));
        assertEquals("Arrange", arrange.description());
        Design after = apply(arrange);
        assertEquals(1, node(after, CENTRAL, "r1").x());
        assertEquals(4, node(after, CENTRAL, "ceo").y());
        assertEquals(500, node(after, CENTRAL, "r2").x());
        assertEquals("Move card", SetPositions.move(CENTRAL, Map.of("r1", new Position(0, 0))).description());
        refused(design, SetPositions.arrange(CENTRAL, Map.of("r1", new Position(0, Double.NaN))), EditKey.NOT_FINITE);
        refused(design, SetPositions.arrange(CENTRAL, Map.of("ghost", new Position(0, 0))), EditKey.NO_CARD);
    }

    @Test
    void connectAddsALineButNeverASelfOrRepeatedOne() {
        Design after = apply(new Connect(CENTRAL, "r2", "coe", LineStyle.SOLID));
        assertEquals(new Line("r2", "coe", LineStyle.SOLID), scenario(after, CENTRAL).lines().get(4));
        refused(design, new Connect(CENTRAL, "r1", "r1", LineStyle.SOLID), EditKey.SELF_LINE);
        EditRejected twice = refused(design, new Connect(CENTRAL, "r1", "coe", LineStyle.DOTTED),
                EditKey.DUPLICATE_LINE);
        assertEquals("There is already a line from \"Martech architect\" to \"Martech CoE\".", twice.getMessage());
        refused(design, new Connect(CENTRAL, "r1", "ghost", LineStyle.SOLID), EditKey.NO_CARD);
        refused(design, new Connect(CENTRAL, "ghost", "r1", LineStyle.SOLID), EditKey.NO_CARD);
    }

    @Test
    void connectAllowsAReverseLineAndASecondManager() {
        Design after = apply(new Connect(CENTRAL, "ceo", "cmo", LineStyle.SOLID));
        assertTrue(scenario(after, CENTRAL).lines().contains(new Line("ceo", "cmo", LineStyle.SOLID)));
    }

    @Test
    void setLineStyleAndDeleteLines() {
        LineKey dotted = new LineKey("r2", "cmo");
        Design solid = apply(new SetLineStyle(CENTRAL, dotted, LineStyle.SOLID));
        assertEquals(LineStyle.SOLID, scenario(solid, CENTRAL).lines().get(3).style());
        refused(design, new SetLineStyle(CENTRAL, new LineKey("cmo", "r2"), LineStyle.SOLID), EditKey.NO_LINE);
        DeleteLines delete = new DeleteLines(CENTRAL, Set.of(dotted, new LineKey("r1", "coe")));
        assertEquals("Delete 2 lines", delete.description());
        assertEquals(2, scenario(apply(delete), CENTRAL).lines().size());
        EditRejected missing = refused(design, new DeleteLines(CENTRAL, Set.of(dotted, new LineKey("ceo", "r1"))),
                EditKey.NO_LINE);
        assertEquals("There is no line from \"CEO\" to \"Martech architect\".", missing.getMessage());
        assertSame(design, new DeleteLines(CENTRAL, Set.of()).apply(design));
    }
}
