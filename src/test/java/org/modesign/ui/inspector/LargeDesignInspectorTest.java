package org.modesign.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.modesign.ui.inspector.InspectorFixture.field;
import static org.modesign.ui.inspector.InspectorFixture.pick;
import static org.modesign.ui.inspector.InspectorFixture.text;
import static org.modesign.ui.inspector.InspectorFixture.typeOver;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Archetype;
import org.modesign.model.Role;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector on a generated design of 10,000 roles: one role, and all of them at once. */
@ExtendWith(ApplicationExtension.class)
class LargeDesignInspectorTest {

    private InspectorFixture fx;

    @Start
    void start(Stage stage) {
        fx = InspectorFixture.show(stage, DesignGenerator.generate(new GeneratorSpec(10_000, 4, 3, 20, 1, 7)));
    }

    @Test
    void editsOneRoleOfTenThousand(FxRobot robot) {
        Role last = roles().get(roles().size() - 1);
        fx.select(robot, last.id());
        TextField fte = field(robot, "#inspector-fte");
        typeOver(robot, "#inspector-fte", "0.5");
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals(0.5, fx.role(last.id()).fte());
        assertSame(fte, field(robot, "#inspector-fte"), "the panel was updated, not rebuilt");
    }

    @Test
    void setsTheArchetypeOfTenThousandRolesInOneStep(FxRobot robot) {
        List<Role> roles = roles();
        Set<String> ids = roles.stream().map(Role::id).collect(Collectors.toSet());
        fx.select(robot, ids.toArray(String[]::new));
        assertEquals("10,000 cards selected", text(robot, "#inspector-count"));

        pick(robot, "#inspector-archetype", "Maker");
        assertEquals(List.of(Archetype.MAKER), roles().stream().map(Role::archetype).distinct().toList());
        fx.undo(robot);
        assertEquals(roles, roles());
        assertFalse(fx.context.document().canUndoProperty().get());
    }

    private List<Role> roles() {
        return fx.scenario().nodes().stream().filter(Role.class::isInstance).map(Role.class::cast).toList();
    }
}
