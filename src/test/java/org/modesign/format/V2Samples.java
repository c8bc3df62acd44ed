package org.modesign.format;

import java.util.List;
import java.util.Map;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.ObstacleKind;
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
import org.modesign.model.TeamKind;
import org.modesign.model.Tool;
import org.modesign.model.ToolCategory;

/** The example of format-v2.md §2, completed into a valid file, as text and as a model. */
final class V2Samples {

    static final String NODES = "scenarios[0].nodes";

    /** Every v2 key at least once; the defaults left out in places. */
    static final String EXAMPLE = """
            {
              "format": "modesign", "version": 2, "title": "Acme: from chaos to a MO function",
              "settings": { "spanOfControlMax": 8, "currency": "USD",
                            "costPerFte": { "maestro": 120000, "modeler": 125000, "maker": 130000,
                                            "marketer": 100000, "leader": 180000 } },
              "charter": {
                "mission": "One marketing-operations function that makes every dollar of marketing measurable.",
                "readiness": [
                  { "test": "need", "answer": "yes", "note": "Board asked for one customer view" },
                  { "test": "technology", "answer": "partly", "note": "Two martech purchases in 2 years" },
                  { "test": "revenue", "answer": "no" } ],
                "objectives": [ { "id": "o1", "text": "Attribute revenue to campaigns",
                                  "measure": "pipeline share with a campaign source", "target": "80 %",
                                  "phase": "p2" },
                                { "id": "o2", "text": "One view of the customer" } ],
                "obstacles": [ { "id": "b1", "kind": "technology", "text": "CRM and automation not integrated",
                                 "strategy": "Integration team in phase 1" } ]
              },
              "regions": [ { "id": "emea", "name": "EMEA" } ],
              "tools": [
                { "id": "mkto", "name": "Marketo Engage", "category": "advertising", "layer": "expression",
                  "cost": 90000, "capabilities": ["campaigns", "email"] },
                { "id": "cdp", "name": "Segment CDP", "category": "data", "capabilities": ["data-quality"] } ],
              "capabilities": [
                { "id": "campaigns", "name": "Campaigns", "layer": "expression", "scope": "per-region",
                  "archetype": "marketer", "needsTool": true },
                { "id": "email", "name": "Email", "layer": "expression", "scope": "global", "archetype": "maker" },
                { "id": "data-quality", "name": "Data quality", "layer": "platform", "scope": "global",
                  "archetype": "modeler", "needsTool": false },
                { "id": "budget", "name": "Budget", "layer": "governance", "scope": "global", "archetype": "leader" } ],
              "phases": [
                { "id": "p1", "name": "Foundation", "goal": "Stop the bleeding", "requires": ["campaigns"] },
                { "id": "p2", "name": "Data platform", "requires": ["campaigns", "data-quality"] },
                { "id": "p3", "name": "Scale", "requires": [] } ],
              "scenarios": [ { "id": "central", "name": "Centralized", "strategy": "centralized",
                  "nodes": [
                    { "id": "ceo", "type": "executive", "office": "ceo", "title": "CEO" },
                    { "id": "cmo", "type": "executive", "office": "cmo", "title": "CMO",
                      "responsibilities": [ { "capability": "budget", "raci": "A" } ], "alsoIn": ["steer"] },
                    { "id": "steer", "type": "team", "name": "Martech steering committee", "kind": "committee" },
                    { "id": "coe", "type": "team", "name": "Martech CoE", "kind": "coe", "region": "global" },
                    { "id": "r1", "type": "role", "title": "Marketing automation lead", "archetype": "maestro",
                      "team": "coe", "alsoIn": ["steer"], "staffing": "planned", "cost": 140000,
                      "fte": 1, "fteChanges": [ { "phase": "p3", "fte": 0.5 } ],
                      "responsibilities": [ { "capability": "campaigns", "raci": "A", "to": "p2" },
                                            { "capability": "campaigns", "raci": "C", "from": "p3" } ] },
                    { "id": "r2", "type": "role", "title": "Data analyst", "archetype": "modeler",
                      "team": "coe", "staffing": "filled", "person": "Ada Lovelace", "fte": 2, "from": "p2",
                      "responsibilities": [ { "capability": "data-quality", "raci": "R", "from": "p2", "to": "p3" } ] } ],
                  "lines": [ { "from": "cmo", "to": "ceo" }, { "from": "coe", "to": "cmo" },
                             { "from": "r1", "to": "coe" }, { "from": "r2", "to": "coe" } ],
                  "stack": [
                    { "tool": "mkto", "region": "global", "owner": "r1", "from": "p1" },
                    { "tool": "mkto", "region": "emea", "to": "p2" },
                    { "tool": "cdp", "owner": "coe", "from": "p2", "to": "p3" } ] } ]
            }
            """;

    private V2Samples() {
    }

    /** The example as a model. */
    static Design exampleDesign() {
        Settings settings = new Settings(8, "USD", Map.of(Archetype.MAESTRO, 120000.0, Archetype.MODELER, 125000.0,
                Archetype.MAKER, 130000.0, Archetype.MARKETER, 100000.0, Archetype.LEADER, 180000.0));
        Charter charter = new Charter(
                "One marketing-operations function that makes every dollar of marketing measurable.",
                List.of(new Readiness(ReadinessTest.NEED, ReadinessAnswer.YES, "Board asked for one customer view"),
                        new Readiness(ReadinessTest.TECHNOLOGY, ReadinessAnswer.PARTLY,
                                "Two martech purchases in 2 years"),
                        new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.NO)),
                List.of(new Objective("o1", "Attribute revenue to campaigns", "pipeline share with a campaign source",
                                "80 %", "p2"),
                        Objective.of("o2", "One view of the customer")),
                List.of(new Obstacle("b1", ObstacleKind.TECHNOLOGY, "CRM and automation not integrated",
                        "Integration team in phase 1")));
        List<Tool> tools = List.of(
                new Tool("mkto", "Marketo Engage", ToolCategory.ADVERTISING, Layer.EXPRESSION, 90000,
                        List.of("campaigns", "email")),
                Tool.of("cdp", "Segment CDP", ToolCategory.DATA).withCapabilities(List.of("data-quality")));
        List<Capability> capabilities = List.of(
                new Capability("campaigns", "Campaigns", Layer.EXPRESSION, Scope.PER_REGION, Archetype.MARKETER, true),
                new Capability("email", "Email", Layer.EXPRESSION, Scope.GLOBAL, Archetype.MAKER),
                new Capability("data-quality", "Data quality", Layer.PLATFORM, Scope.GLOBAL, Archetype.MODELER),
                new Capability("budget", "Budget", Layer.GOVERNANCE, Scope.GLOBAL, Archetype.LEADER));
        List<Phase> phases = List.of(
                new Phase("p1", "Foundation", List.of("campaigns"), "Stop the bleeding"),
                new Phase("p2", "Data platform", List.of("campaigns", "data-quality")),
                new Phase("p3", "Scale", List.of()));
        Role r1 = new Role("r1", "Marketing automation lead", Archetype.MAESTRO, "coe", null, 1, Sourcing.IN_HOUSE,
                null, null, List.of(new Responsibility("campaigns", Raci.A, null, "p2"),
                        new Responsibility("campaigns", Raci.C, "p3", null)), 0, 0,
                List.of("steer"), Staffing.PLANNED, "", 140000.0, List.of(new FteChange("p3", 0.5)));
        Role r2 = new Role("r2", "Data analyst", Archetype.MODELER, "coe", null, 2, Sourcing.IN_HOUSE, "p2", null,
                List.of(new Responsibility("data-quality", Raci.R, "p2", "p3")), 0, 0).withPerson("Ada Lovelace");
        Scenario scenario = new Scenario("central", "Centralized", Strategy.CENTRALIZED,
                List.of(new Executive("ceo", Office.CEO, "CEO", 0, 0),
                        new Executive("cmo", Office.CMO, "CMO", 0, 0, List.of(new Responsibility("budget", Raci.A)),
                                List.of("steer")),
                        new Team("steer", "Martech steering committee", null, null, null, 0, 0, TeamKind.COMMITTEE),
                        new Team("coe", "Martech CoE", "global", null, null, 0, 0).withKind(TeamKind.COE),
                        r1, r2),
                List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID),
                        new Line("r1", "coe", LineStyle.SOLID), new Line("r2", "coe", LineStyle.SOLID)),
                List.of(new StackEntry("mkto", Region.GLOBAL, "r1", "p1", null),
                        new StackEntry("mkto", "emea", null, null, "p2"),
                        new StackEntry("cdp", Region.GLOBAL, "coe", "p2", "p3")));
        return new Design("Acme: from chaos to a MO function", "", settings, List.of(new Region("emea", "EMEA")),
                capabilities, phases, List.of(scenario), charter, tools);
    }

    /** The example with the one occurrence of {@code fragment} replaced. */
    static String exampleWith(String fragment, String replacement) {
        return Samples.replaceOnce(EXAMPLE, fragment, replacement);
    }
}
