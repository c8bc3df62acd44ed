package org.modesign.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modesign.format.DesignWriter;
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
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Strategy;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/** Small designs for command-line tests. */
public final class CliFixtures {

    private CliFixtures() {
    }

    /**
     * Two scenarios over phases p1, p2. "central" staffs "campaigns" in p1 but nobody owns "data" in
     * p2 (one unstaffed error); "local" staffs both with an extra "Data analyst".
     */
    public static Design twoScenarios() {
        List<Capability> caps = List.of(
                new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.GLOBAL, Archetype.MARKETER),
                new Capability("data", "Monitor data quality", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER));
        List<Phase> phases = List.of(new Phase("p1", "Foundation", List.of("campaigns")),
                new Phase("p2", "Data", List.of("campaigns", "data")));
        Role marketer = Role.of("m1", "Campaign manager", Archetype.MARKETER, 0, 240)
                .withResponsibilities(List.of(new Responsibility("campaigns", Raci.A)));
        Role analyst = Role.of("a1", "Data analyst", Archetype.MODELER, 200, 240)
                .withResponsibilities(List.of(new Responsibility("data", Raci.A)));
        Executive ceo = new Executive("ceo", Office.CEO, "CEO", 0, 0);
        Executive cmo = new Executive("cmo", Office.CMO, "CMO", 0, 120);
        Scenario central = new Scenario("central", "Centralized CoE", Strategy.CENTRALIZED,
                List.of(ceo, cmo, marketer),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("m1", "cmo", LineStyle.SOLID)));
        Scenario local = new Scenario("local", "Local expression", Strategy.LOCAL_EXPRESSION,
                List.of(ceo, cmo, marketer, analyst),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("m1", "cmo", LineStyle.SOLID),
                        new Line("a1", "cmo", LineStyle.SOLID)));
        return new Design("Test design", "", Settings.DEFAULTS, List.<Region>of(), caps, phases,
                List.of(central, local));
    }

    /**
     * {@link #twoScenarios()} as a v2 plan: the charter answers "no" to the revenue test; "data"
     * needs a tool; tools "mkto" (100) and "hub" (50) serve "campaigns", "cdp" (40) serves "data";
     * "central" deploys mkto (owned by m1) and, from p2, hub (no owner): duplicate tools and an
     * unowned tool in p2, and no tool for "data"; "local" deploys mkto and cdp, both owned by the
     * CMO, and its analyst is a planned hire of 0.5 FTE. Leaders cost 1,000 a FTE, marketers 500.
     */
    public static Design plan() {
        Design d = twoScenarios();
        List<Capability> caps = List.of(d.capabilities().get(0), d.capabilities().get(1).withNeedsTool(true));
        Scenario central = d.scenarios().get(0).withStack(List.of(new StackEntry("mkto", Region.GLOBAL, "m1", null, null),
                new StackEntry("hub", Region.GLOBAL, null, "p2", null)));
        Scenario local = d.scenarios().get(1);
        List<Node> nodes = new ArrayList<>(local.nodes());
        nodes.set(3, ((Role) nodes.get(3)).withStaffing(Staffing.PLANNED).withFte(0.5));
        local = local.withNodes(nodes).withStack(List.of(new StackEntry("mkto", Region.GLOBAL, "cmo", null, null),
                new StackEntry("cdp", Region.GLOBAL, "cmo", null, null)));
        return new Design(d.title(), d.description(),
                d.settings().withCurrency("EUR").withCostPerFte(Archetype.LEADER, 1000)
                        .withCostPerFte(Archetype.MARKETER, 500),
                d.regions(), caps, d.phases(), List.of(central, local),
                Charter.EMPTY.withReadiness(List.of(new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO, ""))),
                List.of(new Tool("mkto", "Marketo", ToolCategory.ADVERTISING, Layer.EXPRESSION, 100, List.of("campaigns")),
                        new Tool("hub", "HubSpot", ToolCategory.ADVERTISING, Layer.EXPRESSION, 50, List.of("campaigns")),
                        new Tool("cdp", "Segment", ToolCategory.DATA, Layer.PLATFORM, 40, List.of("data"))));
    }

    static Path write(Design design, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        new DesignWriter().save(design, file);
        return file;
    }
}
