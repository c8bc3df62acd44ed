package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Charter;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.FteChange;
import org.modesign.model.Node;
import org.modesign.model.Phase;
import org.modesign.model.Raci;
import org.modesign.model.Readiness;
import org.modesign.model.ReadinessAnswer;
import org.modesign.model.ReadinessTest;
import org.modesign.model.Region;
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

/** The writer writes the lowest version that holds the design, and version 2 keys only when they are not defaults. */
class DesignWriterV2Test {

    private final DesignWriter writer = new DesignWriter();
    private final DesignReader reader = new DesignReader();

    private static Design example() {
        return Samples.exampleDesign();
    }

    private static Design withNode(int index, UnaryOperator<Node> change) {
        Scenario scenario = example().scenarios().get(0);
        List<Node> nodes = new java.util.ArrayList<>(scenario.nodes());
        nodes.set(index, change.apply(nodes.get(index)));
        return example().withScenario(0, scenario.withNodes(nodes));
    }

    /** The example of format.md with one version 2 field each, set to something other than its default. */
    private static List<Design> oneVersion2FieldEach() {
        Design d = example();
        Capability campaigns = d.capabilities().get(0);
        Phase p1 = d.phases().get(0);
        return List.of(
                d.withSettings(d.settings().withCurrency("EUR")),
                d.withSettings(d.settings().withCostPerFte(Archetype.MAKER, 0.5)),
                d.withCharter(Charter.EMPTY.withMission("m")),
                d.withCharter(Charter.EMPTY.withReadiness(List.of(new Readiness(ReadinessTest.NEED, ReadinessAnswer.NO)))),
                d.withTools(List.of(Tool.of("t", "T", ToolCategory.SOCIAL))),
                d.withCapabilities(List.of(campaigns.withNeedsTool(true), d.capabilities().get(1))),
                d.withPhases(List.of(p1.withGoal("g"), d.phases().get(1))),
                withNode(1, n -> ((Executive) n).withResponsibilities(List.of(new Responsibility("campaigns", Raci.I)))),
                withNode(1, n -> ((Executive) n).withAlsoIn(List.of("coe"))),
                withNode(2, n -> ((Team) n).withKind(TeamKind.SQUAD)),
                withNode(3, n -> ((Role) n).withStaffing(Staffing.OPEN)),
                withNode(3, n -> ((Role) n).withPerson("Grace Hopper")),
                withNode(3, n -> ((Role) n).withCost(0.0)),
                withNode(3, n -> ((Role) n).withFteChanges(List.of(new FteChange("p2", 2)))),
                withNode(3, n -> ((Role) n).withResponsibilities(List.of(
                        new Responsibility("stack-architecture", Raci.A, null, "p1")))),
                d.withScenario(0, d.scenarios().get(0).withStack(List.of(StackEntry.of("t"))))
                        .withTools(List.of(Tool.of("t", "T", ToolCategory.DATA))));
    }

    @Test
    void anyVersion2FieldMakesAVersion2FileThatReadsBackTheSame() {
        for (Design design : oneVersion2FieldEach()) {
            String json = writer.toJson(design);
            assertTrue(json.contains("\"version\": 2,"), json);
            assertEquals(2, design.minimumVersion());
            LoadResult back = reader.parse(Samples.utf8(json));
            assertEquals(List.of(), back.problems());
            assertEquals(design, back.design());
            assertEquals(json, writer.toJson(back.design()));
        }
    }

    @Test
    void version2FieldsWithTheirDefaultsAreLeftOut() {
        Design d = example();
        Design defaults = d.withSettings(new Settings(10, "", Map.of(Archetype.LEADER, 0.0, Archetype.MAKER, -0.0)))
                .withCharter(null)
                .withTools(List.of())
                .withCapabilities(List.of(d.capabilities().get(0).withNeedsTool(false), d.capabilities().get(1)))
                .withPhases(List.of(d.phases().get(0).withGoal(""), d.phases().get(1)));
        assertEquals(d, defaults);
        assertEquals(1, defaults.minimumVersion());
        assertEquals(DesignWriterTest.CANONICAL_EXAMPLE, writer.toJson(defaults));
    }

    @Test
    void anEmptyCharterIsNoCharter() {
        Design design = example().withCharter(new Charter("", List.of(), List.of(), List.of()));
        assertFalse(writer.toJson(design).contains("charter"));
        assertEquals(Charter.EMPTY, design.charter());
    }

    @Test
    void writesAVersion2DesignInCanonicalForm() {
        Role role = Role.of("r", "Role", Archetype.MAKER, 0, 0)
                .withTeam("t").withAlsoIn(List.of("c")).withStaffing(Staffing.PLANNED).withCost(90000.5)
                .withFteChanges(List.of(new FteChange("p2", 0.5)))
                .withResponsibilities(List.of(new Responsibility("ads", Raci.A, "p1", "p1"),
                        new Responsibility("ads", Raci.C, "p2", null)));
        Design design = new Design("T", "", new Settings(10, "€", Map.of(Archetype.MAKER, 1000.0, Archetype.MAESTRO, 2.5)),
                List.of(), List.of(new Capability("ads", "Ads", org.modesign.model.Layer.EXPRESSION,
                        org.modesign.model.Scope.GLOBAL, Archetype.MARKETER, true)),
                List.of(new Phase("p1", "One", List.of("ads"), "Start"), new Phase("p2", "Two", List.of())),
                List.of(new Scenario("s", "S", org.modesign.model.Strategy.HYBRID,
                        List.of(new Executive("e", org.modesign.model.Office.CMO, "CMO", 0, 0,
                                        List.of(new Responsibility("ads", Raci.I)), List.of("c")),
                                new Team("t", "Team", null, null, null, 0, 0),
                                new Team("c", "Committee", null, null, null, 0, 0, TeamKind.COMMITTEE), role),
                        List.of(), List.of(new StackEntry("x", Region.GLOBAL, "r", null, "p1")))),
                new Charter("M", List.of(new Readiness(ReadinessTest.REVENUE, ReadinessAnswer.PARTLY)), List.of(),
                        List.of()),
                List.of(Tool.of("x", "X", ToolCategory.MANAGEMENT).withCapabilities(List.of("ads"))));
        assertEquals(CANONICAL_V2, writer.toJson(design));
        assertEquals(design, reader.parse(Samples.utf8(CANONICAL_V2)).design());
    }

    private static final String CANONICAL_V2 = """
            {
              "format": "modesign",
              "version": 2,
              "title": "T",
              "settings": {
                "spanOfControlMax": 10,
                "currency": "€",
                "costPerFte": {
                  "maestro": 2.5,
                  "maker": 1000
                }
              },
              "charter": {
                "mission": "M",
                "readiness": [
                  {
                    "test": "revenue",
                    "answer": "partly",
                    "note": ""
                  }
                ],
                "objectives": [],
                "obstacles": []
              },
              "regions": [],
              "tools": [
                {
                  "id": "x",
                  "name": "X",
                  "category": "management",
                  "layer": "platform",
                  "cost": 0,
                  "capabilities": [
                    "ads"
                  ]
                }
              ],
              "capabilities": [
                {
                  "id": "ads",
                  "name": "Ads",
                  "layer": "expression",
                  "scope": "global",
                  "archetype": "marketer",
                  "needsTool": true
                }
              ],
              "phases": [
                {
                  "id": "p1",
                  "name": "One",
                  "goal": "Start",
                  "requires": [
                    "ads"
                  ]
                },
                {
                  "id": "p2",
                  "name": "Two",
                  "requires": []
                }
              ],
              "scenarios": [
                {
                  "id": "s",
                  "name": "S",
                  "strategy": "hybrid",
                  "nodes": [
                    {
                      "id": "e",
                      "type": "executive",
                      "office": "cmo",
                      "title": "CMO",
                      "responsibilities": [
                        {
                          "capability": "ads",
                          "raci": "I"
                        }
                      ],
                      "alsoIn": [
                        "c"
                      ],
                      "x": 0,
                      "y": 0
                    },
                    {
                      "id": "t",
                      "type": "team",
                      "name": "Team",
                      "x": 0,
                      "y": 0
                    },
                    {
                      "id": "c",
                      "type": "team",
                      "name": "Committee",
                      "kind": "committee",
                      "x": 0,
                      "y": 0
                    },
                    {
                      "id": "r",
                      "type": "role",
                      "title": "Role",
                      "archetype": "maker",
                      "team": "t",
                      "alsoIn": [
                        "c"
                      ],
                      "staffing": "planned",
                      "cost": 90000.5,
                      "fte": 1,
                      "fteChanges": [
                        {
                          "phase": "p2",
                          "fte": 0.5
                        }
                      ],
                      "sourcing": "in-house",
                      "responsibilities": [
                        {
                          "capability": "ads",
                          "raci": "A",
                          "from": "p1",
                          "to": "p1"
                        },
                        {
                          "capability": "ads",
                          "raci": "C",
                          "from": "p2"
                        }
                      ],
                      "x": 0,
                      "y": 0
                    }
                  ],
                  "lines": [],
                  "stack": [
                    {
                      "tool": "x",
                      "region": "global",
                      "owner": "r",
                      "to": "p1"
                    }
                  ]
                }
              ]
            }
            """;
}
