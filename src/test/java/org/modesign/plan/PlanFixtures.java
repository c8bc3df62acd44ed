package org.modesign.plan;

import java.util.List;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Region;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Scope;
import org.modesign.model.Settings;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Strategy;
import org.modesign.model.Team;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/** A small design with a plan, for the tests of the planner, the plan command and the plan exports. */
public final class PlanFixtures {

    private PlanFixtures() {
    }

    /**
     * Three phases; regions emea and apac. The CMO is accountable for the budget throughout. A lead
     * is accountable for campaigns until p2 and consulted after, when a planned specialist (hired
     * at p2) takes it in emea. An analyst halves its FTE at p3. A team ends at p2 with its member.
     * Automation is deployed globally throughout; a point tool in emea until p1, a CDP from p2.
     */
    public static Design design() {
        List<Capability> capabilities = List.of(
                new Capability("budget", "Own the budget", Layer.GOVERNANCE, Scope.GLOBAL, Archetype.LEADER),
                new Capability("campaigns", "Run campaigns", Layer.EXPRESSION, Scope.PER_REGION, Archetype.MARKETER));
        List<Phase> phases = List.of(new Phase("p1", "Charter", List.of("budget")).withGoal("Stop the bleeding"),
                new Phase("p2", "Consolidate", List.of("budget", "campaigns")), new Phase("p3", "Scale", List.of()));
        List<Node> nodes = List.of(
                new Executive("ceo", Office.CEO, "CEO", 0, 0),
                new Executive("cmo", Office.CMO, "CMO", 0, 100)
                        .withResponsibilities(List.of(new Responsibility("budget", Raci.A))),
                Role.of("lead", "Campaign lead", Archetype.LEADER, 0, 200).withResponsibilities(List.of(
                        new Responsibility("campaigns", Raci.A, null, "p2"),
                        new Responsibility("campaigns", Raci.C, "p3", null))),
                Role.of("spec", "EMEA campaign specialist", Archetype.MARKETER, 100, 300).withRegion("emea")
                        .withPhases("p2", null).withStaffing(Staffing.PLANNED)
                        .withResponsibilities(List.of(new Responsibility("campaigns", Raci.A, "p3", null))),
                Role.of("analyst", "Analyst", Archetype.MODELER, 200, 300)
                        .withFteChanges(List.of(new FteChange("p3", 0.5))),
                Role.of("open", "Ops manager", Archetype.MAESTRO, 300, 300).withStaffing(Staffing.OPEN),
                new Team("bu", "Business unit marketing", null, null, "p2", 400, 200),
                Role.of("bu1", "BU marketer", Archetype.MARKETER, 400, 300).withTeam("bu"));
        List<Line> lines = List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("lead", "cmo", LineStyle.SOLID),
                new Line("spec", "lead", LineStyle.SOLID), new Line("analyst", "lead", LineStyle.SOLID),
                new Line("open", "lead", LineStyle.SOLID), new Line("bu", "cmo", LineStyle.SOLID));
        List<StackEntry> stack = List.of(StackEntry.of("mkto").withOwner("lead"),
                new StackEntry("mailer", "emea", null, null, "p1"), new StackEntry("cdp", "global", "analyst", "p2", null));
        Scenario scenario = new Scenario("s", "Central", Strategy.CENTRALIZED, nodes, lines).withStack(stack);
        List<Tool> tools = List.of(Tool.of("mkto", "Marketo Engage", ToolCategory.ADVERTISING),
                Tool.of("mailer", "Mailchimp", ToolCategory.ADVERTISING), Tool.of("cdp", "Segment", ToolCategory.DATA));
        Charter charter = Charter.EMPTY.withObjectives(List.of(new Objective("o2", "Attribute revenue", "", "", "p3"),
                new Objective("o1", "One budget", "", "", "p1"), Objective.of("o3", "No phase")));
        return new Design("Acme", "", Settings.DEFAULTS, List.of(new Region("emea", "EMEA"), new Region("apac", "APAC")),
                capabilities, phases, List.of(scenario)).withTools(tools).withCharter(charter);
    }
}
