package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.inspector.InspectorFixture.pick;
import static org.modesign.ui.inspector.InspectorFixture.text;
import static org.modesign.ui.inspector.InspectorFixture.visible;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Sourcing;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A role's drop-downs: team, archetype, sourcing, region and the phase range. */
@ExtendWith(ApplicationExtension.class)
class RoleChoicesTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void fromAfterToIsRefusedAtTheField(FxRobot robot) {
        fx.select(robot, "r1");
        pick(robot, "#inspector-to", "Foundation");
        assertEquals("p1", fx.role("r1").to());
        Design before = fx.current();

        pick(robot, "#inspector-from", "Scale");
        assertSame(before, fx.current());
        assertTrue(visible(robot, "#inspector-from-error"));
        assertTrue(text(robot, "#inspector-from-error").contains("comes after"), text(robot, "#inspector-from-error"));
        assertNull(InspectorFixture.<Option>combo(robot, "#inspector-from").getValue().value(),
                "the drop-down goes back to the design's value");

        pick(robot, "#inspector-to", "Scale");
        assertEquals("p3", fx.role("r1").to());
    }

    @Test
    void picksTeamArchetypeAndSourcing(FxRobot robot) {
        fx.select(robot, "r1");
        pick(robot, "#inspector-team", "No team");
        assertNull(fx.role("r1").team());
        assertEquals("_Undo Set team", fx.undoText());
        pick(robot, "#inspector-team", "Martech CoE");
        assertEquals("coe", fx.role("r1").team());

        pick(robot, "#inspector-archetype", "Maker");
        assertEquals(Archetype.MAKER, fx.role("r1").archetype());
        pick(robot, "#inspector-sourcing", "Contractor");
        assertEquals(Sourcing.CONTRACTOR, fx.role("r1").sourcing());
        pick(robot, "#inspector-region", "APAC");
        assertEquals("apac", fx.role("r1").region());
    }
}
