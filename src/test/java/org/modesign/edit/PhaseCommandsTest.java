package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;
import static org.modesign.edit.Fixtures.node;
import static org.modesign.edit.Fixtures.refused;
import static org.modesign.edit.Fixtures.role;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Integrity;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Team;

/** Adding, renaming, moving and removing phases, their checklists, and the cards that name them. */
class PhaseCommandsTest {

    private final Design design = Fixtures.design();

    private static Design apply(Design design, EditCommand command) {
        Design after = command.apply(design);
        assertEquals(List.of(), Integrity.check(after));
        return after;
    }

    private static List<String> ids(Design design) {
        return design.phases().stream().map(Phase::id).toList();
    }

    /** The design with a third phase p3 and, in "central", roles named "from-to" active over those phases. */
    private Design threePhases(String... ranges) {
        Design d = apply(design, new AddPhase("p3", "Scale", 2));
        for (String range : ranges) {
            String[] ends = range.split("-");
            AddNode add = AddNode.role(d, CENTRAL, range, Archetype.MAKER, 0, 0);
            Role role = ((Role) add.node()).withPhases(phase(ends[0]), phase(ends[1]));
            d = apply(d, new AddNode(CENTRAL, role));
        }
        return d;
    }

    private static String phase(String end) {
        return end.equals("null") ? null : end;
    }

    /** "from-to" of the role titled {@code title} in "central". */
    private static String range(Design design, String title) {
        Role role = (Role) design.scenario(CENTRAL).orElseThrow().nodes().stream()
                .filter(n -> n.label().equals(title)).findFirst().orElseThrow();
        return role.from() + "-" + role.to();
    }

    @Test
    void addAfterAPhaseOrAtTheEndWithAFreshIdAndNoRequirements() {
        AddPhase pilot = AddPhase.after(design, "p1", "Pilot");
        assertEquals(new AddPhase("pilot", "Pilot", 1), pilot);
        Design after = apply(design, pilot);
        assertEquals(List.of("p1", "pilot", "p2"), ids(after));
        assertEquals(List.of(), after.phases().get(1).requires());
        assertEquals(List.of("p1", "p2", "p1-2"), ids(apply(design, AddPhase.after(design, null, "P1"))));
        assertEquals(List.of("first", "p1", "p2"), ids(apply(design, new AddPhase("first", "First", -5))));
        assertEquals("Add phase", pilot.description());
    }

    @Test
    void addRefusesATakenIdABlankNameAndAMissingPreviousPhase() {
        refused(design, new AddPhase("p2", "Again", 0), EditKey.DUPLICATE_ID);
        refused(design, new AddPhase("p 3", "Three", 0), EditKey.INVALID_ID);
        refused(design, new AddPhase("p3", "", 0), EditKey.BLANK_NAME);
        assertEquals(EditKey.NO_PHASE, assertThrows(EditRejected.class,
                () -> AddPhase.after(design, "p9", "X")).reason().key());
    }

    @Test
    void renameKeepsIdAndRequirements() {
        Design after = apply(design, new RenamePhase("p2", "Platform"));
        assertEquals(new Phase("p2", "Platform", List.of("campaigns", "stack")), after.phases().get(1));
        refused(design, new RenamePhase("p2", ""), EditKey.BLANK_NAME);
        refused(design, new RenamePhase("p9", "X"), EditKey.NO_PHASE);
    }

    @Test
    void theChecklistTicksAndClearsRequiredCapabilities() {
        Design after = apply(design, new SetRequired("p1", "stack", true));
        assertEquals(List.of("campaigns", "stack"), after.phases().get(0).requires());
        after = apply(after, new SetRequired("p1", "campaigns", false));
        assertEquals(List.of("stack"), after.phases().get(0).requires());
        assertSame(design, new SetRequired("p1", "campaigns", true).apply(design), "ticked already");
        assertSame(design, new SetRequired("p1", "stack", false).apply(design), "not ticked");
        refused(design, new SetRequired("p1", "seo", true), EditKey.NO_CAPABILITY);
        refused(design, new SetRequired("p9", "stack", true), EditKey.NO_PHASE);
        assertEquals("Change required capabilities", new SetRequired("p1", "stack", true).description());
    }

    @Test
    void moveReordersWhenNoCardWouldStartAfterItEnds() {
        Design three = threePhases();
        assertEquals(List.of("p3", "p1", "p2"), ids(apply(three, new MovePhase("p3", 0))));
        assertEquals(List.of("p1", "p3", "p2"), ids(apply(three, MovePhase.by(three, "p3", -1))));
        assertSame(three, MovePhase.by(three, "p3", 1).apply(three), "the last cannot go later");
        assertEquals("Move phase", new MovePhase("p3", 0).description());
    }

    @Test
    void moveIsRefusedNamingTheCardsThatWouldStartAfterTheyEnd() {
        EditRejected one = refused(design, MovePhase.by(design, "p2", -1), EditKey.PHASE_MOVE_INVERTS);
        assertEquals("Phase \"Data platform\" cannot move there: \"Martech architect\" would start after it ends;"
                + " change its phases first.", one.getMessage());
        Design more = threePhases("p1-p3", "p2-p3", "null-p2");
        EditRejected three = refused(more, new MovePhase("p1", 2), EditKey.PHASE_MOVE_INVERTS);
        assertEquals("Phase \"Foundation\" cannot move there: \"Martech architect\" and 1 other card would start"
                + " after they end; change their phases first.", three.getMessage());
        refused(design, new MovePhase("p9", 0), EditKey.NO_PHASE);
    }

    @Test
    void theLastPhaseCannotBeRemoved() {
        Design one = apply(apply(design, new SetPhases(CENTRAL, "r1", null, null)), new RemovePhase("p2", false));
        assertEquals(List.of("p1"), ids(one));
        refused(one, new RemovePhase("p1", true), EditKey.LAST_PHASE);
    }

    @Test
    void removingAUsedPhaseIsRefusedWithWhatUsesIt() {
        EditRejected rejected = refused(design, new RemovePhase("p2", false), EditKey.IN_USE);
        assertEquals("\"Data platform\" is still in use: 1 card in 1 scenario starts or ends in it.",
                rejected.getMessage());
    }

    @Test
    void removingAMiddlePhaseMovesCardsToItsNeighbours() {
        Design three = threePhases("p2-p3", "p1-p2", "p2-p2", "null-p2", "p2-null", "p1-p3");
        Design after = apply(three, new RemovePhase("p2", true));
        assertEquals(List.of("p1", "p3"), ids(after));
        assertEquals(List.of("p3-p3", "p1-p1", "p3-p3", "null-p1", "p3-null", "p1-p3"),
                Stream.of("p2-p3", "p1-p2", "p2-p2", "null-p2", "p2-null", "p1-p3")
                        .map(title -> range(after, title)).toList());
        assertEquals("p1-p1", role(after, "r1").from() + "-" + role(after, "r1").to());
    }

    @Test
    void removingTheFirstOrLastPhaseMovesCardsInward() {
        Design three = threePhases("p1-p1", "null-p1", "p3-p3", "p3-null", "p1-p3");
        Design noFirst = apply(three, new RemovePhase("p1", true));
        assertEquals(List.of("p2-p2", "null-p2", "p3-p3", "p3-null", "p2-p3"),
                Stream.of("p1-p1", "null-p1", "p3-p3", "p3-null", "p1-p3").map(t -> range(noFirst, t)).toList());
        Design noLast = apply(three, new RemovePhase("p3", true));
        assertEquals(List.of("p1-p1", "null-p1", "p2-p2", "p2-null", "p1-p2"),
                Stream.of("p1-p1", "null-p1", "p3-p3", "p3-null", "p1-p3").map(t -> range(noLast, t)).toList());
    }

    @Test
    void removingWithReferencesMovesTeamsTooInOneUndoableStep() {
        Design teamed = apply(design, new SetPhases(LOCAL, "hub", "p2", "p2"));
        History history = new History(teamed);
        Design after = history.execute(new RemovePhase("p2", true));
        assertEquals(List.of(), Integrity.check(after));
        Team hub = (Team) node(after, LOCAL, "hub");
        assertEquals(List.of("p1", "p1"), List.of(hub.from(), hub.to()));
        assertEquals("Remove phase", history.undoDescription().orElseThrow());
        assertSame(teamed, history.undo());
    }

    @Test
    void cardsOfOtherKindsAreLeftAlone() {
        Design after = apply(design, new RemovePhase("p1", true));
        for (Node node : after.scenario(CENTRAL).orElseThrow().nodes()) {
            if (!(node instanceof Role)) {
                assertEquals(design.scenario(CENTRAL).orElseThrow().node(node.id()).orElseThrow(), node);
            }
        }
    }
}
