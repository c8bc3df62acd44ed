package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Archetype;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Office;
import org.modesign.model.Phase;
import org.modesign.model.Role;
import org.modesign.model.Scenario;
import org.modesign.model.Settings;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/** The writer's canonical text: key order, layout, optional keys, numbers and strings. */
class DesignWriterTest {

    static final String CANONICAL_EXAMPLE = """
            {
              "format": "modesign",
              "version": 1,
              "title": "Acme: centralized vs local expression",
              "description": "optional free text",
              "settings": {
                "spanOfControlMax": 10
              },
              "regions": [
                {
                  "id": "emea",
                  "name": "EMEA"
                },
                {
                  "id": "apac",
                  "name": "APAC"
                }
              ],
              "capabilities": [
                {
                  "id": "campaigns",
                  "name": "Design, run and optimise campaigns",
                  "layer": "expression",
                  "scope": "per-region",
                  "archetype": "marketer"
                },
                {
                  "id": "stack-architecture",
                  "name": "Architect the martech stack",
                  "layer": "platform",
                  "scope": "global",
                  "archetype": "leader"
                }
              ],
              "phases": [
                {
                  "id": "p1",
                  "name": "Foundation",
                  "requires": [
                    "campaigns"
                  ]
                },
                {
                  "id": "p2",
                  "name": "Data platform",
                  "requires": [
                    "campaigns",
                    "stack-architecture"
                  ]
                }
              ],
              "scenarios": [
                {
                  "id": "central",
                  "name": "Centralized CoE",
                  "strategy": "centralized",
                  "nodes": [
                    {
                      "id": "ceo",
                      "type": "executive",
                      "office": "ceo",
                      "title": "CEO",
                      "x": 400,
                      "y": 0
                    },
                    {
                      "id": "cmo",
                      "type": "executive",
                      "office": "cmo",
                      "title": "CMO",
                      "x": 400,
                      "y": 120
                    },
                    {
                      "id": "coe",
                      "type": "team",
                      "name": "Martech CoE",
                      "region": "global",
                      "x": 300,
                      "y": 260
                    },
                    {
                      "id": "r1",
                      "type": "role",
                      "title": "Martech architect",
                      "archetype": "leader",
                      "team": "coe",
                      "region": "global",
                      "fte": 1,
                      "sourcing": "in-house",
                      "from": "p1",
                      "to": "p2",
                      "responsibilities": [
                        {
                          "capability": "stack-architecture",
                          "raci": "A"
                        }
                      ],
                      "x": 320,
                      "y": 300
                    }
                  ],
                  "lines": [
                    {
                      "from": "cmo",
                      "to": "ceo",
                      "style": "solid"
                    },
                    {
                      "from": "coe",
                      "to": "cmo",
                      "style": "solid"
                    },
                    {
                      "from": "r1",
                      "to": "coe",
                      "style": "solid"
                    }
                  ]
                }
              ]
            }
            """;

    private final DesignWriter writer = new DesignWriter();

    @Test
    void writesTheExampleInCanonicalForm() {
        assertEquals(CANONICAL_EXAMPLE, writer.toJson(Samples.exampleDesign()));
    }

    @Test
    void leavesOutOnlyAbsentOptionalValues() {
        Design design = new Design("T", "", Settings.DEFAULTS, List.of(), List.of(),
                List.of(new Phase("p", "P", List.of())),
                List.of(new Scenario("s", "S", Strategy.HYBRID,
                        List.of(new Team("t", "Team", null, null, null, 0, 0),
                                Role.of("r", "Role", Archetype.MAKER, -5, 2.5)),
                        List.of())));
        assertEquals("""
                {
                  "format": "modesign",
                  "version": 1,
                  "title": "T",
                  "settings": {
                    "spanOfControlMax": 10
                  },
                  "regions": [],
                  "capabilities": [],
                  "phases": [
                    {
                      "id": "p",
                      "name": "P",
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
                          "id": "t",
                          "type": "team",
                          "name": "Team",
                          "x": 0,
                          "y": 0
                        },
                        {
                          "id": "r",
                          "type": "role",
                          "title": "Role",
                          "archetype": "maker",
                          "fte": 1,
                          "sourcing": "in-house",
                          "responsibilities": [],
                          "x": -5,
                          "y": 2.5
                        }
                      ],
                      "lines": []
                    }
                  ]
                }
                """, writer.toJson(design));
    }

    @Test
    void numbersAreShortAndExact() {
        assertEquals("400", JsonText.number(400.0));
        assertEquals("-3", JsonText.number(-3.0));
        assertEquals("0.5", JsonText.number(0.5));
        assertEquals("0.30000000000000004", JsonText.number(0.1 + 0.2));
        assertEquals("0.1", JsonText.number(0.1));
        assertEquals("0.00001", JsonText.number(1e-5));
        assertEquals("-123456789.125", JsonText.number(-123456789.125));
        assertEquals("0.000001", JsonText.number(1e-6));
        assertEquals("1.0E-7", JsonText.number(1e-7));
        assertEquals("1.0E15", JsonText.number(1e15));
        assertEquals("1.5E15", JsonText.number(1.5e15));
        assertEquals("999999999999999", JsonText.number(999_999_999_999_999.0));
        assertEquals("-0.0", JsonText.number(-0.0));
        assertEquals("4.9E-324", JsonText.number(Double.MIN_VALUE));
    }

    @Test
    void stringsAreEscapedAndNonAsciiIsKept() {
        String title = "Quote \" backslash \\ newline \n tab \t bell \u0007 é 社長 🚀 lone \ud800 end";
        Design design = Samples.exampleDesign().withTitle(title);
        String json = writer.toJson(design);
        assertTrue(json.contains("\"title\": \"Quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 é 社長 🚀"
                + " lone \\ud800 end\""), json);
        assertEquals(design, new DesignReader().parse(Samples.utf8(json)).design());
    }

    @Test
    void textEndsWithOneNewlineAndHasNoCarriageReturns() {
        String json = writer.toJson(Samples.exampleDesign());
        assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"));
        assertTrue(json.indexOf('\r') < 0);
    }

    @Test
    void executiveKeysInOrder() {
        Design design = Samples.exampleDesign().withScenario(0, Samples.exampleDesign().scenarios().get(0)
                .withNodes(List.of(new Executive("it", Office.IT, "CIO", 1.25, -7))).withLines(List.of()));
        assertTrue(writer.toJson(design).contains("""
                        {
                          "id": "it",
                          "type": "executive",
                          "office": "it",
                          "title": "CIO",
                          "x": 1.25,
                          "y": -7
                        }
                """));
    }

    @Test
    void canonicalTextReadsBackToTheSameDesignAndText() {
        LoadResult result = new DesignReader().parse(Samples.utf8(CANONICAL_EXAMPLE));
        assertEquals(Samples.exampleDesign(), result.design());
        assertEquals(CANONICAL_EXAMPLE, writer.toJson(result.design()));
    }
}
