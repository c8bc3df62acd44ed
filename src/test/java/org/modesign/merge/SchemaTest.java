package org.modesign.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Line;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.Phase;
import org.modesign.model.Readiness;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.StackEntry;
import org.modesign.model.Team;
import org.modesign.model.Tool;

/**
 * Every component of every record of the model is diffed and merged: it is a field of the
 * schema or part of the element's key. A new field of the model fails here until the schema
 * has it.
 */
class SchemaTest {

    private static void covers(Class<? extends Record> type, Part<?> part, String... keys) {
        Set<String> covered = new TreeSet<>(Arrays.asList(keys));
        for (Field<?, ?> f : ((Entity<?>) part).fields()) {
            covered.add(f.name().replaceFirst("\\..*", ""));
        }
        Set<String> components = new TreeSet<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.add(c.getName());
        }
        assertEquals(components, covered, type.getSimpleName());
    }

    @Test
    void everyComponentIsAFieldOrAKey() {
        covers(Design.class, Schema.DESIGN);
        covers(Settings.class, Schema.SETTINGS);
        covers(Charter.class, Schema.CHARTER);
        covers(Readiness.class, Schema.READINESS.elementPart(), "test");
        covers(Objective.class, Schema.OBJECTIVES.elementPart(), "id");
        covers(Obstacle.class, Schema.OBSTACLES.elementPart(), "id");
        covers(Region.class, Schema.REGIONS.elementPart(), "id");
        covers(Tool.class, Schema.TOOLS.elementPart(), "id");
        covers(Capability.class, Schema.CAPABILITIES.elementPart(), "id");
        covers(Phase.class, Schema.PHASES.elementPart(), "id");
        covers(Scenario.class, Schema.SCENARIOS.elementPart(), "id");
        covers(Line.class, Schema.LINES.elementPart(), "from", "to");
        covers(StackEntry.class, Schema.STACK.elementPart(), "tool", "region");
        covers(Responsibility.class, NodeSchema.LETTERS.elementPart(), "capability");
        covers(Executive.class, NodeSchema.EXECUTIVE, "id");
        covers(Team.class, NodeSchema.TEAM, "id");
        covers(Role.class, NodeSchema.ROLE, "id");
    }
}
