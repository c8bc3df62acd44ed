package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.LOCAL;
import static org.modesign.edit.Fixtures.scenario;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import org.modesign.model.Sourcing;
import org.modesign.model.Team;

class ClipTest {

    private final Design design = Fixtures.design();

    private static List<String> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }

    @Test
    void copyTakesTheChosenCardsAndOnlyTheLinesAmongThem() {
        Clip clip = Clip.copy(scenario(design, CENTRAL), List.of("r1", "coe", "r2"));
        assertEquals(List.of("coe", "r1", "r2"), ids(clip.nodes()));
        assertEquals(List.of(new Line("r1", "coe", LineStyle.SOLID)), clip.lines());
    }

    @Test
    void duplicateGivesFreshIdsOffsetsAndRepointsTheLines() {
        AddNodes duplicate = Clip.duplicate(design, CENTRAL, Set.of("coe", "r1", "cmo"), 20, 30);
        assertEquals("Duplicate 3 cards", duplicate.description());
        assertEquals(List.of("cmo-2", "coe-2", "r1-2"), ids(duplicate.nodes()));
        assertEquals(List.of(new Line("coe-2", "cmo-2", LineStyle.SOLID), new Line("r1-2", "coe-2", LineStyle.SOLID)),
                duplicate.lines());
        Design after = duplicate.apply(design);
        assertEquals(List.of(), Integrity.check(after));
        Role copy = (Role) scenario(after, CENTRAL).node("r1-2").orElseThrow();
        assertEquals("coe-2", copy.team());
        assertEquals(340, copy.x());
        assertEquals(330, copy.y());
        assertEquals(List.of(new Responsibility("stack", Raci.A)), copy.responsibilities());
        assertEquals(6, scenario(after, CENTRAL).lines().size());
    }

    @Test
    void aRoleKeepsItsTeamWhenOnlyTheRoleIsDuplicated() {
        AddNodes duplicate = Clip.duplicate(design, CENTRAL, Set.of("r1"), 0, 0);
        assertEquals("coe", ((Role) duplicate.nodes().get(0)).team());
        assertEquals(List.of(), duplicate.lines());
    }

    @Test
    void pasteIntoAnotherScenarioDropsATeamThatIsNotThere() {
        Clip clip = Clip.copy(scenario(design, CENTRAL), List.of("r1", "cmo"));
        AddNodes paste = clip.paste(design, LOCAL, 0, 0);
        assertEquals("Paste 2 cards", paste.description());
        Design after = paste.apply(design);
        assertEquals(List.of(), Integrity.check(after));
        Scenario local = scenario(after, LOCAL);
        assertEquals(List.of("ceo", "hub", "cmo", "r1"), ids(local.nodes()));
        assertNull(((Role) local.node("r1").orElseThrow()).team());
    }

    @Test
    void pasteKeepsATeamOfTheSameIdInTheTarget() {
        Role member = Role.of("m", "Member", Archetype.MAKER, 0, 0).withTeam("hub");
        AddNodes paste = new Clip(List.of(member), List.of()).paste(design, LOCAL, 0, 0);
        assertEquals("hub", ((Role) paste.nodes().get(0)).team());
    }

    @Test
    void pasteFromAnotherDesignDropsWhatThisDesignDoesNotKnow() {
        Role foreign = new Role("x", "Foreign", Archetype.MAKER, null, "mars", 1,
                Sourcing.IN_HOUSE, "p2", "p1",
                List.of(new Responsibility("seo", Raci.A), new Responsibility("stack", Raci.R)), 0, 0);
        Team team = new Team("t", "T", "emea", "p9", "p1", 0, 0);
        AddNodes paste = new Clip(List.of(foreign, team), List.of()).paste(design, CENTRAL, 5, 5);
        Role role = (Role) paste.nodes().get(0);
        assertNull(role.region());
        assertNull(role.from());
        assertNull(role.to());
        assertEquals(List.of(new Responsibility("stack", Raci.R)), role.responsibilities());
        Team copy = (Team) paste.nodes().get(1);
        assertEquals("emea", copy.region());
        assertNull(copy.from());
        assertEquals("p1", copy.to());
        assertEquals(List.of(), Integrity.check(paste.apply(design)));
    }

    @Test
    void pastingTwiceGivesDistinctIds() {
        Clip clip = Clip.copy(scenario(design, CENTRAL), List.of("r1"));
        Design once = clip.paste(design, CENTRAL, 10, 10).apply(design);
        AddNodes second = clip.paste(once, CENTRAL, 20, 20);
        assertEquals("r1-3", second.nodes().get(0).id());
        assertNotEquals(once, second.apply(once));
    }

    @Test
    void aStalePasteIsRefusedRatherThanDuplicatingIds() {
        AddNodes paste = Clip.duplicate(design, CENTRAL, Set.of("r1"), 0, 0);
        Design once = paste.apply(design);
        Fixtures.refused(once, paste, EditKey.DUPLICATE_ID);
    }
}
