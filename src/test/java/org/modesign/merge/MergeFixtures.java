package org.modesign.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
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
import org.modesign.model.StackEntry;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/** A small design to diff and merge, and helpers to change one of its nodes. */
final class MergeFixtures {

    private MergeFixtures() {
    }

    static Design base() {
        List<Node> nodes = List.of(
                new Executive("ceo", Office.CEO, "CEO", 400, 0),
                new Executive("cmo", Office.CMO, "CMO", 400, 120),
                new Team("ops", "Marketing operations", null, null, null, 300, 260),
                new Team("emea-team", "EMEA marketing", "emea", null, null, 600, 260),
                new Role("r1", "Ops lead", Archetype.LEADER, "ops", null, 1, Sourcing.IN_HOUSE, null, null,
                        List.of(new Responsibility("campaigns", Raci.A)), 320, 300),
                new Role("r2", "Analyst", Archetype.MODELER, "ops", null, 1, Sourcing.IN_HOUSE, null, null,
                        List.of(new Responsibility("data", Raci.R)), 340, 400),
                new Role("r3", "EMEA marketer", Archetype.MARKETER, "emea-team", null, 2, Sourcing.AGENCY, "p1", "p2",
                        List.of(new Responsibility("campaigns", Raci.R)), 620, 300));
        List<Line> lines = List.of(
                new Line("cmo", "ceo", LineStyle.SOLID),
                new Line("ops", "cmo", LineStyle.SOLID),
                new Line("emea-team", "cmo", LineStyle.SOLID),
                new Line("r1", "ops", LineStyle.SOLID),
                new Line("r2", "r1", LineStyle.SOLID));
        Scenario s = new Scenario("s", "Central", Strategy.CENTRALIZED, nodes, lines,
                List.of(new StackEntry("mkto", Region.GLOBAL, "r1", null, null)));
        return new Design("Acme", "", Settings.DEFAULTS, List.of(new Region("emea", "EMEA")),
                List.of(new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.PER_REGION,
                                Archetype.MARKETER),
                        new Capability("data", "Data quality", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER)),
                List.of(new Phase("p1", "Foundation", List.of("campaigns")),
                        new Phase("p2", "Scale", List.of("campaigns", "data"))),
                List.of(s), Charter.EMPTY,
                List.of(new Tool("mkto", "Marketo", ToolCategory.ADVERTISING, Layer.EXPRESSION, 90_000,
                        List.of("campaigns"))));
    }

    static Scenario scenario(Design d) {
        return d.scenarios().get(0);
    }

    static Role role(Design d, String id) {
        return (Role) scenario(d).node(id).orElseThrow();
    }

    /** {@code d} with the node {@code id} of the first scenario changed. */
    static Design node(Design d, String id, UnaryOperator<Node> change) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : scenario(d).nodes()) {
            nodes.add(n.id().equals(id) ? change.apply(n) : n);
        }
        return d.withScenario(0, scenario(d).withNodes(nodes));
    }

    static Design role(Design d, String id, UnaryOperator<Role> change) {
        return node(d, id, n -> change.apply((Role) n));
    }

    static Design addNode(Design d, Node node, Line... lines) {
        List<Node> nodes = new ArrayList<>(scenario(d).nodes());
        nodes.add(node);
        List<Line> all = new ArrayList<>(scenario(d).lines());
        all.addAll(List.of(lines));
        return d.withScenario(0, scenario(d).withNodes(nodes).withLines(all));
    }

    /** {@code d} without the node {@code id} and its lines (its roles, for a team, keep pointing at it: callers fix them). */
    static Design removeNode(Design d, String id) {
        Scenario s = scenario(d);
        return d.withScenario(0, s.withNodes(s.nodes().stream().filter(n -> !n.id().equals(id)).toList())
                .withLines(s.lines().stream().filter(l -> !l.from().equals(id) && !l.to().equals(id)).toList())
                .withStack(s.stack().stream().map(e -> id.equals(e.owner()) ? e.withOwner(null) : e).toList()));
    }

    static Role newRole(String id, String title, String team) {
        return new Role(id, title, Archetype.MAKER, team, null, 1, Sourcing.IN_HOUSE, null, null, List.of(), 0, 0);
    }
}
