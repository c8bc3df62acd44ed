package org.modesign.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Line;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.Phase;
import org.modesign.model.Readiness;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.StackEntry;
import org.modesign.model.Tool;

/**
 * Every field of a design (format.md and format-v2.md), once: how each is read, set, compared and
 * merged. Lists are keyed by id; a line by its two ends, a deployment by its tool and region, a
 * readiness answer by its test, a letter by its capability (and, when a role names a capability
 * more than once, which time), an FTE change by its phase. The fields of the three kinds of nodes
 * are in {@link NodeSchema}. {@code SchemaTest} checks that every component of every record is
 * here.
 */
final class Schema {

    static final Entity<Settings> SETTINGS = new Entity<>(settingsFields());

    static final KeyedList<Readiness> READINESS = new KeyedList<>("readiness", r -> "readiness",
            r -> r.test().code(), r -> null, new Entity<>(List.of(
                    Field.of("answer", Readiness::answer, (r, v) -> new Readiness(r.test(), v, r.note())),
                    Field.of("note", Readiness::note, (r, v) -> new Readiness(r.test(), r.answer(), v)))), false);

    static final KeyedList<Objective> OBJECTIVES = new KeyedList<>("objectives", o -> "objective", Objective::id,
            Objective::text, new Entity<>(List.of(
                    Field.of("text", Objective::text, Objective::withText),
                    Field.of("measure", Objective::measure, Objective::withMeasure),
                    Field.of("target", Objective::target, Objective::withTarget),
                    Field.of("phase", Objective::phase, Objective::withPhase))), false);

    static final KeyedList<Obstacle> OBSTACLES = new KeyedList<>("obstacles", o -> "obstacle", Obstacle::id,
            Obstacle::text, new Entity<>(List.of(
                    Field.of("kind", Obstacle::kind, Obstacle::withKind),
                    Field.of("text", Obstacle::text, Obstacle::withText),
                    Field.of("strategy", Obstacle::strategy, Obstacle::withStrategy))), false);

    static final Entity<Charter> CHARTER = new Entity<>(List.of(
            Field.of("mission", Charter::mission, Charter::withMission),
            Field.of("readiness", Charter::readiness, Charter::withReadiness, READINESS),
            Field.of("objectives", Charter::objectives, Charter::withObjectives, OBJECTIVES),
            Field.of("obstacles", Charter::obstacles, Charter::withObstacles, OBSTACLES)));

    static final KeyedList<Region> REGIONS = new KeyedList<>("regions", r -> "region", Region::id, Region::name,
            new Entity<>(List.of(Field.of("name", Region::name, Region::withName))), false);

    static final KeyedList<Tool> TOOLS = new KeyedList<>("tools", t -> "tool", Tool::id, Tool::name,
            new Entity<>(List.of(
                    Field.of("name", Tool::name, Tool::withName),
                    Field.of("category", Tool::category, Tool::withCategory),
                    Field.of("layer", Tool::layer, Tool::withLayer),
                    Field.of("cost", Tool::cost, Tool::withCost),
                    Field.of("capabilities", Tool::capabilities, Tool::withCapabilities,
                            KeyedList.ids("capabilities")))), false);

    static final KeyedList<Capability> CAPABILITIES = new KeyedList<>("capabilities", c -> "capability",
            Capability::id, Capability::name, new Entity<>(List.of(
                    Field.of("name", Capability::name, Capability::withName),
                    Field.of("layer", Capability::layer, Capability::withLayer),
                    Field.of("scope", Capability::scope, Capability::withScope),
                    Field.of("archetype", Capability::archetype, Capability::withArchetype),
                    Field.of("needsTool", Capability::needsTool, Capability::withNeedsTool))), false);

    static final KeyedList<Phase> PHASES = new KeyedList<>("phases", p -> "phase", Phase::id, Phase::name,
            new Entity<>(List.of(
                    Field.of("name", Phase::name, Phase::withName),
                    Field.of("goal", Phase::goal, Phase::withGoal),
                    Field.of("requires", Phase::requires, Phase::withRequires, KeyedList.ids("requires")))), false);

    static final KeyedList<Line> LINES = new KeyedList<>("lines", l -> "line", Schema::lineKey, l -> null,
            new Entity<>(List.of(Field.of("style", Line::style, Line::withStyle))), false);

    static final KeyedList<StackEntry> STACK = new KeyedList<>("stack", e -> "deployment",
            e -> e.tool() + "@" + e.region(), e -> null, new Entity<>(List.of(
                    Field.of("owner", StackEntry::owner, StackEntry::withOwner),
                    Field.of("from", StackEntry::from, (e, v) -> e.withPhases(v, e.to())),
                    Field.of("to", StackEntry::to, (e, v) -> e.withPhases(e.from(), v)))), false);

    static final KeyedList<Node> NODES = new KeyedList<>("nodes", n -> n.type().code(), Node::id, Node::label,
            new NodePart(), false);

    static final KeyedList<Scenario> SCENARIOS = new KeyedList<>("scenarios", s -> "scenario", Scenario::id,
            Scenario::name, new Entity<>(List.of(
                    Field.of("name", Scenario::name, Scenario::withName),
                    Field.of("strategy", Scenario::strategy, Scenario::withStrategy),
                    Field.of("nodes", Scenario::nodes, Scenario::withNodes, NODES),
                    Field.of("lines", Scenario::lines, Scenario::withLines, LINES),
                    Field.of("stack", Scenario::stack, Scenario::withStack, STACK))), false);

    /** The design: its fields in the order of the file. */
    static final Entity<Design> DESIGN = new Entity<>(List.of(
            Field.of("title", Design::title, Design::withTitle),
            Field.of("description", Design::description, Design::withDescription),
            Field.of("settings", Design::settings, Design::withSettings, SETTINGS),
            Field.of("charter", Design::charter, Design::withCharter, CHARTER),
            Field.of("regions", Design::regions, Design::withRegions, REGIONS),
            Field.of("tools", Design::tools, Design::withTools, TOOLS),
            Field.of("capabilities", Design::capabilities, Design::withCapabilities, CAPABILITIES),
            Field.of("phases", Design::phases, Design::withPhases, PHASES),
            Field.of("scenarios", Design::scenarios, Design::withScenarios, SCENARIOS)));

    private Schema() {
    }

    static String lineKey(Line line) {
        return line.from() + " -> " + line.to();
    }

    private static List<Field<Settings, ?>> settingsFields() {
        List<Field<Settings, ?>> fields = new ArrayList<>();
        fields.add(Field.of("spanOfControlMax", Settings::spanOfControlMax, Settings::withSpanOfControlMax));
        fields.add(Field.of("currency", Settings::currency, Settings::withCurrency));
        for (Archetype archetype : Archetype.values()) {
            fields.add(Field.<Settings, Double>of("costPerFte." + archetype.code(), s -> s.costPerFte(archetype),
                    (s, v) -> s.withCostPerFte(archetype, v)));
        }
        return fields;
    }

    /**
     * A holder's letters, keyed by capability; the second letter of one capability (a version 2
     * role whose letter changes by phase) by {@code capability#2}, and so on.
     */
    static final class Letters extends KeyedList<Responsibility> {

        Letters() {
            super("responsibilities", r -> "responsibility", Responsibility::capability, r -> null,
                    new Entity<>(List.of(
                            Field.of("raci", Responsibility::raci, Responsibility::withRaci),
                            Field.of("from", Responsibility::from, (r, v) -> r.withSpan(v, r.to())),
                            Field.of("to", Responsibility::to, (r, v) -> r.withSpan(r.from(), v)))), true);
        }

        @Override
        List<String> keys(List<Responsibility> list) {
            List<String> keys = new ArrayList<>(list.size());
            Map<String, Integer> seen = new HashMap<>();
            for (Responsibility r : list) {
                int n = seen.merge(r.capability(), 1, Integer::sum);
                keys.add(n == 1 ? r.capability() : r.capability() + "#" + n);
            }
            return keys;
        }
    }
}
