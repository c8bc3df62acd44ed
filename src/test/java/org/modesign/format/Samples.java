package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.modesign.model.Archetype;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.Layer;
import org.modesign.model.Line;
import org.modesign.model.LineStyle;
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

/** The example design of format.md §1, as the text there, as a model, and in canonical form. */
final class Samples {

    /** The example exactly as format.md shows it. */
    static final String EXAMPLE = """
            {
              "format": "modesign",
              "version": 1,
              "title": "Acme: centralized vs local expression",
              "description": "optional free text",
              "settings": { "spanOfControlMax": 10 },
              "regions": [ { "id": "emea", "name": "EMEA" }, { "id": "apac", "name": "APAC" } ],
              "capabilities": [
                { "id": "campaigns", "name": "Design, run and optimise campaigns",
                  "layer": "expression", "scope": "per-region", "archetype": "marketer" },
                { "id": "stack-architecture", "name": "Architect the martech stack",
                  "layer": "platform", "scope": "global", "archetype": "leader" }
              ],
              "phases": [
                { "id": "p1", "name": "Foundation", "requires": ["campaigns"] },
                { "id": "p2", "name": "Data platform", "requires": ["campaigns", "stack-architecture"] }
              ],
              "scenarios": [
                { "id": "central", "name": "Centralized CoE", "strategy": "centralized",
                  "nodes": [
                    { "id": "ceo", "type": "executive", "office": "ceo", "title": "CEO", "x": 400, "y": 0 },
                    { "id": "cmo", "type": "executive", "office": "cmo", "title": "CMO", "x": 400, "y": 120 },
                    { "id": "coe", "type": "team", "name": "Martech CoE", "region": "global", "x": 300, "y": 260 },
                    { "id": "r1", "type": "role", "title": "Martech architect", "archetype": "leader",
                      "team": "coe", "region": "global", "fte": 1, "sourcing": "in-house",
                      "from": "p1", "to": "p2",
                      "responsibilities": [ { "capability": "stack-architecture", "raci": "A" } ],
                      "x": 320, "y": 300 }
                  ],
                  "lines": [
                    { "from": "cmo", "to": "ceo", "style": "solid" },
                    { "from": "coe", "to": "cmo", "style": "solid" },
                    { "from": "r1", "to": "coe", "style": "solid" }
                  ]
                }
              ]
            }
            """;

    private Samples() {
    }

    /** The example as a model. */
    static Design exampleDesign() {
        return new Design("Acme: centralized vs local expression", "optional free text", Settings.DEFAULTS,
                List.of(new Region("emea", "EMEA"), new Region("apac", "APAC")),
                List.of(new Capability("campaigns", "Design, run and optimise campaigns", Layer.EXPRESSION,
                                Scope.PER_REGION, Archetype.MARKETER),
                        new Capability("stack-architecture", "Architect the martech stack", Layer.PLATFORM,
                                Scope.GLOBAL, Archetype.LEADER)),
                List.of(new Phase("p1", "Foundation", List.of("campaigns")),
                        new Phase("p2", "Data platform", List.of("campaigns", "stack-architecture"))),
                List.of(new Scenario("central", "Centralized CoE", Strategy.CENTRALIZED,
                        List.of(new Executive("ceo", Office.CEO, "CEO", 400, 0),
                                new Executive("cmo", Office.CMO, "CMO", 400, 120),
                                new Team("coe", "Martech CoE", "global", null, null, 300, 260),
                                new Role("r1", "Martech architect", Archetype.LEADER, "coe", "global", 1,
                                        Sourcing.IN_HOUSE, "p1", "p2",
                                        List.of(new Responsibility("stack-architecture", Raci.A)), 320, 300)),
                        List.of(new Line("cmo", "ceo", LineStyle.SOLID), new Line("coe", "cmo", LineStyle.SOLID),
                                new Line("r1", "coe", LineStyle.SOLID)))));
    }

    /** The example with the one occurrence of {@code fragment} replaced. */
    static String exampleWith(String fragment, String replacement) {
        return replaceOnce(EXAMPLE, fragment, replacement);
    }

    static String replaceOnce(String text, String fragment, String replacement) {
        int at = text.indexOf(fragment);
        assertEquals(at, text.lastIndexOf(fragment), "the fragment must occur exactly once: " + fragment);
        if (at < 0) {
            throw new AssertionError("fragment not found: " + fragment);
        }
        return text.substring(0, at) + replacement + text.substring(at + fragment.length());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
