package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Integrity;
import org.modesign.model.Layer;
import org.modesign.model.Node;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Responsibility;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.StackEntry;
import org.modesign.model.Staffing;
import org.modesign.model.Team;
import org.modesign.model.TeamKind;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/**
 * {@link Fixtures#design()} with every field of format version 2 in use, and a third phase p3
 * "Scale":
 * <ul>
 * <li>settings: currency USD, a maestro costs 120,000 a year; campaigns need a tool; p1's goal is
 * "Stop the bleeding";</li>
 * <li>charter: a mission, readiness need=yes (with a note) and revenue=no, objectives o1 (in p2)
 * and o2 (no phase), obstacles b1 (technology) and b2 (budget);</li>
 * <li>tools: mkto "Marketo" (advertising, expression, 90,000, serves campaigns) and cdp "Segment"
 * (data, platform, 60,000, serves stack);</li>
 * <li>"central": the CMO holds I on stack and serves on "steer", a committee; coe is a CoE; r1 (p1
 * to p2) serves on steer, is filled by "Ada Lovelace", costs 140,000 and works half time from p2;
 * r2 is planned and holds R on campaigns until p2, then A from p3; the stack deploys mkto globally
 * (owner r1) and cdp in EMEA from p2 to p3 (owner coe);</li>
 * <li>"local": the stack deploys mkto in APAC (owner hub).</li>
 * </ul>
 */
final class V2Fixtures {

    private V2Fixtures() {
    }

    static Design design() {
        Design v1 = Fixtures.design();
        Scenario central = Fixtures.scenario(v1, Fixtures.CENTRAL);
        Scenario local = Fixtures.scenario(v1, Fixtures.LOCAL);
        Role r1 = Fixtures.role(v1, "r1").withAlsoIn(List.of("steer")).withPerson("Ada Lovelace").withCost(140_000.0)
                .withFteChanges(List.of(new FteChange("p2", 0.5)));
        Role r2 = Fixtures.role(v1, "r2").withStaffing(Staffing.PLANNED).withResponsibilities(List.of(
                new Responsibility("campaigns", Raci.R, null, "p2"), new Responsibility("campaigns", Raci.A, "p3", null)));
        Executive cmo = ((Executive) central.node("cmo").orElseThrow())
                .withResponsibilities(List.of(new Responsibility("stack", Raci.I))).withAlsoIn(List.of("steer"));
        Team coe = ((Team) central.node("coe").orElseThrow()).withKind(TeamKind.COE);
        List<Node> nodes = List.of(central.nodes().get(0), cmo, coe, r1, r2,
                new Team("steer", "Steering committee", null, null, null, 600, 120, TeamKind.COMMITTEE));
        Scenario newCentral = central.withNodes(nodes).withStack(List.of(
                new StackEntry("mkto", "global", "r1", "p1", null),
                new StackEntry("cdp", "emea", "coe", "p2", "p3")));
        Scenario newLocal = local.withStack(List.of(new StackEntry("mkto", "apac", "hub", null, null)));
        List<Capability> capabilities = List.of(v1.capabilities().get(0).withNeedsTool(true), v1.capabilities().get(1));
        List<Phase> phases = List.of(v1.phases().get(0).withGoal("Stop the bleeding"), v1.phases().get(1),
                new Phase("p3", "Scale", List.of("stack")));
        Charter charter = new Charter("Make every dollar of marketing measurable",
                List.of(new Readiness(ReadinessTest.NEED, ReadinessAnswer.YES, "Board asked for one view"),
                        new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO)),
                List.of(new Objective("o1", "Attribute revenue", "pipeline share", "80 %", "p2"),
                        Objective.of("o2", "One customer view")),
                List.of(new Obstacle("b1", ObstacleKind.TECHNOLOGY, "CRM not integrated", "Integration team"),
                        new Obstacle("b2", ObstacleKind.BUDGET, "No budget for data", "")));
        List<Tool> tools = List.of(
                new Tool("mkto", "Marketo", ToolCategory.ADVERTISING, Layer.EXPRESSION, 90_000, List.of("campaigns")),
                new Tool("cdp", "Segment", ToolCategory.DATA, Layer.PLATFORM, 60_000, List.of("stack")));
        Settings settings = new Settings(Settings.DEFAULT_SPAN_OF_CONTROL_MAX, "USD",
                Map.of(Archetype.MAESTRO, 120_000.0));
        return new Design(v1.title(), v1.description(), settings, v1.regions(), capabilities, phases,
                List.of(newCentral, newLocal), charter, tools);
    }

    /**
     * Executes {@code command} on {@code before} in a fresh history, expects a sound design, checks
     * that undo gives {@code before} back exactly and redo the result again, and returns the result.
     */
    static Design applied(Design before, EditCommand command) {
        History history = new History(before);
        Design after = history.execute(command);
        assertEquals(List.of(), Integrity.check(after), command::toString);
        assertNotEquals(before, after, "the command changed nothing: " + command);
        history.undo();
        assertSame(before, history.current());
        assertEquals(Integrity.check(before), Integrity.check(history.current()));
        history.redo();
        assertSame(after, history.current());
        assertEquals(command.apply(before), after, "the same command gives the same design");
        return after;
    }

    static Executive executive(Design design, String scenario, String id) {
        return (Executive) Fixtures.node(design, scenario, id);
    }

    static Team team(Design design, String scenario, String id) {
        return (Team) Fixtures.node(design, scenario, id);
    }

    static List<StackEntry> stack(Design design, String scenario) {
        return Fixtures.scenario(design, scenario).stack();
    }
}
