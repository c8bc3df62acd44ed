package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.ui.inspector.InspectorFixture.combo;
import static org.modesign.ui.inspector.InspectorFixture.pick;
import static org.modesign.ui.inspector.InspectorFixture.text;
import static org.modesign.ui.inspector.InspectorFixture.visible;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.model.Archetype;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Several cards in the inspector: their count, shared values, and one step for all. */
@ExtendWith(ApplicationExtension.class)
class CardsInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage);
    }

    @Test
    void setsTheArchetypeOfEverySelectedRoleInOneStep(FxRobot robot) {
        fx.select(robot, "r1", "r2", "r3", "ceo");
        assertEquals("4 cards selected", text(robot, "#inspector-count"));
        assertEquals("3 roles, no teams, 1 executive", text(robot, "#inspector-kinds"));
        ComboBox<Archetype> archetype = combo(robot, "#inspector-archetype");
        assertNull(archetype.getValue(), "the roles' archetypes differ");
        assertEquals("Mixed", archetype.getButtonCell().getText());
        fx.assertAllTextsKnown(robot);

        pick(robot, "#inspector-archetype", "Maker");
        for (String id : new String[] {"r1", "r2", "r3"}) {
            assertEquals(Archetype.MAKER, fx.role(id).archetype(), id);
        }
        assertEquals("_Undo Set archetype", fx.undoText());
        assertEquals(Archetype.MAKER, archetype.getValue(), "now they share it");

        fx.undo(robot);
        assertEquals(Archetype.LEADER, fx.role("r1").archetype());
        assertEquals(Archetype.MARKETER, fx.role("r2").archetype());
        assertEquals(Archetype.MODELER, fx.role("r3").archetype());
        assertFalse(fx.context.document().canUndoProperty().get(), "it was a single step");
    }

    @Test
    void setsTheRegionOfTeamsAndRolesAndTheSourcingOfRoles(FxRobot robot) {
        fx.select(robot, "coe", "r2");
        assertTrue(visible(robot, "#inspector-region"));
        pick(robot, "#inspector-region", "APAC");
        assertEquals("apac", ((Team) fx.card("coe")).region());
        assertEquals("apac", fx.role("r2").region());
        assertEquals("_Undo Set region", fx.undoText());

        pick(robot, "#inspector-sourcing", "Seconded");
        assertEquals(Sourcing.SECONDED, fx.role("r2").sourcing());
    }

    @Test
    void showsOnlyTheRegionForTeamsAndExecutives(FxRobot robot) {
        fx.select(robot, "coe", "ceo");
        assertFalse(visible(robot, "#inspector-archetype"));
        assertFalse(visible(robot, "#inspector-sourcing"));
        assertTrue(visible(robot, "#inspector-region"));
        assertEquals("Global", InspectorFixture.<Option>combo(robot, "#inspector-region").getValue().label());
    }
}
