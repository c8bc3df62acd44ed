package org.modesign.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Integrity;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * A small fluent builder of designs for tests. Names follow ids: region "emea" is named "EMEA",
 * capability "crm" "Do crm", phase "p1" "Phase p1", role "r1" "Role r1", team "t" "Team t",
 * executive "cmo" "CMO", tool "mkto" "Tool mkto". Roles default to leaders (who never mismatch an
 * archetype). The v2 fields (format-v2.md §2) are set by their own methods: tools, capabilities
 * that need a tool, costs per FTE, readiness answers; per scenario executives with letters and the
 * stack; per role staffing, cost, FTE changes, {@code alsoIn} and letters with spans.
 */
final class TestDesigns {

    private int span = Settings.DEFAULT_SPAN_OF_CONTROL_MAX;
    private final List<Region> regions = new ArrayList<>();
    private final List<Capability> capabilities = new ArrayList<>();
    private final List<Phase> phases = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Tool> tools = new ArrayList<>();
    private final Map<Archetype, Double> costPerFte = new EnumMap<>(Archetype.class);
    private final List<Readiness> readiness = new ArrayList<>();

    private TestDesigns() {
    }

    static TestDesigns design() {
        return new TestDesigns();
    }

    TestDesigns span(int max) {
        span = max;
        return this;
    }

    TestDesigns regions(String... ids) {
        for (String id : ids) {
            regions.add(new Region(id, id.toUpperCase(Locale.ROOT)));
        }
        return this;
    }

    TestDesigns capability(String id, Scope scope, Archetype archetype) {
        return capability(id, Layer.PLATFORM, scope, archetype);
    }

    TestDesigns capability(String id, Layer layer, Scope scope, Archetype archetype) {
        capabilities.add(new Capability(id, "Do " + id, layer, scope, archetype));
        return this;
    }

    /** A capability whose work cannot be done without a tool that serves it. */
    TestDesigns toolCapability(String id, Scope scope) {
        capabilities.add(new Capability(id, "Do " + id, Layer.PLATFORM, scope, Archetype.LEADER, true));
        return this;
    }

    /** A tool of the catalogue serving {@code serves}. */
    TestDesigns tool(String id, ToolCategory category, double cost, String... serves) {
        tools.add(new Tool(id, "Tool " + id, category, Layer.PLATFORM, cost, List.of(serves)));
        return this;
    }

    TestDesigns costPerFte(Archetype archetype, double cost) {
        costPerFte.put(archetype, cost);
        return this;
    }

    TestDesigns readiness(ReadinessTest test, ReadinessAnswer answer, String note) {
        readiness.add(new Readiness(test, answer, note));
        return this;
    }

    TestDesigns phase(String id, String... requires) {
        phases.add(new Phase(id, "Phase " + id, List.of(requires)));
        return this;
    }

    TestDesigns scenario(String id, Consumer<ScenarioBuilder> content) {
        ScenarioBuilder builder = new ScenarioBuilder();
        content.accept(builder);
        scenarios.add(new Scenario(id, "Scenario " + id, Strategy.OTHER, builder.nodes, builder.lines, builder.stack));
        return this;
    }

    /** The design; fails when it breaks a structural rule, so that tests use loadable designs. */
    Design build() {
        Charter charter = readiness.isEmpty() ? Charter.EMPTY : Charter.EMPTY.withReadiness(readiness);
        Design design = new Design("Test", "", new Settings(span, "", costPerFte), regions, capabilities, phases,
                scenarios, charter, tools);
        if (!Integrity.check(design).isEmpty()) {
            throw new IllegalStateException("not a valid test design: " + Integrity.check(design));
        }
        return design;
    }

    /** The findings of one rule, in validator order. */
    static List<Finding> findings(Design design, Rule rule) {
        return Validator.validate(design).stream().filter(f -> f.rule() == rule).toList();
    }

    /** A letter held only from phase {@code from} to phase {@code to} (either null: the holder's own). */
    static Responsibility letter(String capability, Raci raci, String from, String to) {
        return new Responsibility(capability, raci, from, to);
    }

    /** The nodes, lines and stack of one scenario. */
    static final class ScenarioBuilder {
        private final List<Node> nodes = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<StackEntry> stack = new ArrayList<>();

        /** An executive holding {@code letters}. */
        ScenarioBuilder executive(String id, Office office, Responsibility... letters) {
            nodes.add(new Executive(id, office, id.toUpperCase(Locale.ROOT), 0, 0, List.of(letters), List.of()));
            return this;
        }

        /** A deployment of {@code tool} in {@code region} (null: global), owned by {@code owner} (or none). */
        ScenarioBuilder stack(String tool, String region, String owner, String from, String to) {
            stack.add(new StackEntry(tool, region == null ? Region.GLOBAL : region, owner, from, to));
            return this;
        }

        ScenarioBuilder ceo(String id) {
            return executive(id, Office.CEO);
        }

        ScenarioBuilder executive(String id, Office office) {
            nodes.add(new Executive(id, office, id.toUpperCase(Locale.ROOT), 0, 0));
            return this;
        }

        ScenarioBuilder team(String id) {
            return team(id, null, null, null);
        }

        ScenarioBuilder team(String id, String region, String from, String to) {
            nodes.add(new Team(id, "Team " + id, region, from, to, 0, 0));
            return this;
        }

        ScenarioBuilder role(String id) {
            return role(id, r -> { });
        }

        ScenarioBuilder role(String id, Consumer<RoleBuilder> content) {
            RoleBuilder builder = new RoleBuilder(id);
            content.accept(builder);
            nodes.add(builder.build());
            return this;
        }

        /** A solid line from subordinate to superior. */
        ScenarioBuilder line(String from, String to) {
            lines.add(new Line(from, to, LineStyle.SOLID));
            return this;
        }

        ScenarioBuilder dotted(String from, String to) {
            lines.add(new Line(from, to, LineStyle.DOTTED));
            return this;
        }
    }

    /** The properties of one role. */
    static final class RoleBuilder {
        private final String id;
        private String title;
        private Archetype archetype = Archetype.LEADER;
        private String team;
        private String region;
        private double fte = Role.DEFAULT_FTE;
        private Sourcing sourcing = Sourcing.IN_HOUSE;
        private String from;
        private String to;
        private final List<Responsibility> responsibilities = new ArrayList<>();
        private final List<String> alsoIn = new ArrayList<>();
        private final List<FteChange> fteChanges = new ArrayList<>();
        private Staffing staffing = Staffing.FILLED;
        private Double cost;

        private RoleBuilder(String id) {
            this.id = id;
            this.title = "Role " + id;
        }

        RoleBuilder title(String value) {
            title = value;
            return this;
        }

        RoleBuilder archetype(Archetype value) {
            archetype = value;
            return this;
        }

        RoleBuilder team(String value) {
            team = value;
            return this;
        }

        RoleBuilder region(String value) {
            region = value;
            return this;
        }

        RoleBuilder fte(double value) {
            fte = value;
            return this;
        }

        RoleBuilder sourcing(Sourcing value) {
            sourcing = value;
            return this;
        }

        RoleBuilder phases(String fromPhase, String toPhase) {
            from = fromPhase;
            to = toPhase;
            return this;
        }

        RoleBuilder holds(String capability, Raci letter) {
            responsibilities.add(new Responsibility(capability, letter));
            return this;
        }

        /** A letter held only from phase {@code fromPhase} to {@code toPhase} (either null: the role's own). */
        RoleBuilder holds(String capability, Raci letter, String fromPhase, String toPhase) {
            responsibilities.add(new Responsibility(capability, letter, fromPhase, toPhase));
            return this;
        }

        RoleBuilder staffing(Staffing value) {
            staffing = value;
            return this;
        }

        RoleBuilder cost(Double value) {
            cost = value;
            return this;
        }

        RoleBuilder fteFrom(String phase, double value) {
            fteChanges.add(new FteChange(phase, value));
            return this;
        }

        RoleBuilder alsoIn(String... teams) {
            alsoIn.addAll(List.of(teams));
            return this;
        }

        RoleBuilder a(String capability) {
            return holds(capability, Raci.A);
        }

        RoleBuilder r(String capability) {
            return holds(capability, Raci.R);
        }

        private Role build() {
            return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, 0, 0,
                    alsoIn, staffing, "", cost, fteChanges);
        }
    }
}
