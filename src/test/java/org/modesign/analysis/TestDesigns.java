package org.modesign.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Integrity;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/**
 * A small fluent builder of designs for tests. Names follow ids: region "emea" is named "EMEA",
 * capability "crm" "Do crm", phase "p1" "Phase p1", role "r1" "Role r1", team "t" "Team t",
 * executive "cmo" "CMO". Roles default to leaders (who never mismatch an archetype).
 */
final class TestDesigns {

    private int span = Settings.DEFAULT_SPAN_OF_CONTROL_MAX;
    private final List<Region> regions = new ArrayList<>();
    private final List<Capability> capabilities = new ArrayList<>();
    private final List<Phase> phases = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();

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

    TestDesigns phase(String id, String... requires) {
        phases.add(new Phase(id, "Phase " + id, List.of(requires)));
        return this;
    }

    TestDesigns scenario(String id, Consumer<ScenarioBuilder> content) {
        ScenarioBuilder builder = new ScenarioBuilder();
        content.accept(builder);
        scenarios.add(new Scenario(id, "Scenario " + id, Strategy.OTHER, builder.nodes, builder.lines));
        return this;
    }

    /** The design; fails when it breaks a structural rule, so that tests use loadable designs. */
    Design build() {
        Design design = new Design("Test", "", new Settings(span), regions, capabilities, phases, scenarios);
        if (!Integrity.check(design).isEmpty()) {
            throw new IllegalStateException("not a valid test design: " + Integrity.check(design));
        }
        return design;
    }

    /** The findings of one rule, in validator order. */
    static List<Finding> findings(Design design, Rule rule) {
        return Validator.validate(design).stream().filter(f -> f.rule() == rule).toList();
    }

    /** The nodes and lines of one scenario. */
    static final class ScenarioBuilder {
        private final List<Node> nodes = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();

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

        RoleBuilder a(String capability) {
            return holds(capability, Raci.A);
        }

        RoleBuilder r(String capability) {
            return holds(capability, Raci.R);
        }

        private Role build() {
            return new Role(id, title, archetype, team, region, fte, sourcing, from, to, responsibilities, 0, 0);
        }
    }
}
