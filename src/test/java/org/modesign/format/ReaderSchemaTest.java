package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.format.ProblemAssert.assertProblems;
import static org.modesign.format.Samples.exampleWith;
import static org.modesign.format.Samples.replaceOnce;
import static org.modesign.format.Samples.utf8;

import org.junit.jupiter.api.Test;
import org.modesign.model.Design;
import org.modesign.model.Executive;
import org.modesign.model.LineStyle;
import org.modesign.model.Role;
import org.modesign.model.Settings;
import org.modesign.model.Sourcing;
import org.modesign.model.Team;

/** Types, enumerations, keys and required fields are checked, and every problem is reported. */
class ReaderSchemaTest {

    private static final String NODES = "scenarios[0].nodes";

    private final DesignReader reader = new DesignReader();

    private LoadResult parse(String text) {
        return reader.parse(utf8(text));
    }

    @Test
    void wrongTypes() {
        assertProblems(parse(exampleWith("\"fte\": 1", "\"fte\": \"1\"")),
                NODES + "[3].fte", "expected a number, found a string");
        assertProblems(parse(exampleWith("\"title\": \"CEO\"", "\"title\": 42")),
                NODES + "[0].title", "expected a string, found a number");
        assertProblems(parse(exampleWith("\"x\": 320", "\"x\": [320]")),
                NODES + "[3].x", "expected a number, found an array");
        assertProblems(parse(exampleWith("\"team\": \"coe\"", "\"team\": null")),
                NODES + "[3].team", "expected a string, found null");
        assertProblems(parse(exampleWith("\"requires\": [\"campaigns\"]", "\"requires\": \"campaigns\"")),
                "phases[0].requires", "expected an array, found a string");
        assertProblems(parse(exampleWith("{ \"spanOfControlMax\": 10 }", "true")),
                "settings", "expected an object, found true");
        assertProblems(parse(exampleWith("\"title\": \"Acme: centralized vs local expression\"", "\"title\": {}")),
                "title", "expected a string, found an object");
    }

    @Test
    void elementsOfTheWrongTypeKeepTheOthersInPlace() {
        assertProblems(parse(exampleWith("\"requires\": [\"campaigns\"]", "\"requires\": [7, \"nope\"]")),
                "phases[0].requires[0]", "expected a string, found a number",
                "phases[0].requires[1]", "no capability \"nope\" in the catalogue");
        assertProblems(parse(exampleWith("{ \"id\": \"emea\", \"name\": \"EMEA\" }", "\"emea\"")),
                "regions[0]", "expected an object, found a string");
    }

    @Test
    void spanOfControlMaxMustBeAWholeNumber() {
        assertProblems(parse(exampleWith("\"spanOfControlMax\": 10", "\"spanOfControlMax\": 10.5")),
                "settings.spanOfControlMax", "expected a whole number, found 10.5");
        assertProblems(parse(exampleWith("\"spanOfControlMax\": 10", "\"spanOfControlMax\": 99999999999")),
                "settings.spanOfControlMax", "expected a whole number, found 99999999999");
        assertProblems(parse(exampleWith("\"spanOfControlMax\": 10", "\"spanOfControlMax\": \"10\"")),
                "settings.spanOfControlMax", "expected a whole number, found a string");
        assertProblems(parse(exampleWith("\"spanOfControlMax\": 10", "\"spanOfControlMax\": 0")),
                "settings.spanOfControlMax", "at least 1");
    }

    @Test
    void numbersTooLargeForADouble() {
        assertProblems(parse(exampleWith("\"x\": 320", "\"x\": 1e999")),
                NODES + "[3].x", "the number 1e999 is too large");
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        assertProblems(parse(exampleWith("\"strategy\": \"centralized\"", "\"strategy\": \"centralised\"")),
                "scenarios[0].strategy",
                "unknown value \"centralised\"; use one of centralized | local-expression | decentralized | hybrid | other");
        assertProblems(parse(exampleWith("\"raci\": \"A\"", "\"raci\": \"a\"")),
                NODES + "[3].responsibilities[0].raci", "unknown value \"a\"; use one of R | A | C | I");
        assertProblems(parse(exampleWith("\"type\": \"team\"", "\"type\": \"squad\"")),
                NODES + "[2].type", "use one of executive | team | role");
        assertProblems(parse(exampleWith("\"layer\": \"platform\"", "\"layer\": \"data\"")),
                "capabilities[1].layer", "use one of platform | expression | governance");
        assertProblems(parse(exampleWith("\"scope\": \"global\"", "\"scope\": \"local\"")),
                "capabilities[1].scope", "use one of global | per-region");
        assertProblems(parse(exampleWith("\"archetype\": \"marketer\"", "\"archetype\": \"seller\"")),
                "capabilities[0].archetype", "use one of maestro | modeler | maker | marketer | leader");
        assertProblems(parse(exampleWith("\"office\": \"cmo\"", "\"office\": \"cto\"")),
                NODES + "[1].office", "use one of ceo | cmo | it | cfo | sales | other");
        assertProblems(parse(exampleWith("\"sourcing\": \"in-house\"", "\"sourcing\": \"inhouse\"")),
                NODES + "[3].sourcing", "use one of in-house | agency | contractor | seconded");
        assertProblems(parse(exampleWith("{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"solid\" }",
                        "{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"dashed\" }")),
                "scenarios[0].lines[2].style", "use one of solid | dotted");
    }

    @Test
    void unknownKeyAtTheTop() {
        assertProblems(parse(exampleWith("\"description\"", "\"colour\": \"red\",\n  \"description\"")),
                "colour", "unknown key \"colour\" (it would be lost on save); a design has the keys format, version,"
                        + " title, description, settings, regions, capabilities, phases, scenarios");
    }

    @Test
    void unknownKeysInNestedObjects() {
        String text = exampleWith("\"name\": \"EMEA\"", "\"name\": \"EMEA\", \"code\": \"E\"");
        text = replaceOnce(text, "{ \"spanOfControlMax\": 10 }", "{ \"spanOfControlMax\": 10, \"grid\": 8 }");
        text = replaceOnce(text, "\"raci\": \"A\"", "\"raci\": \"A\", \"note\": \"x\"");
        text = replaceOnce(text, "\"strategy\": \"centralized\"", "\"strategy\": \"centralized\", \"owner\": {\"a\": [1]}");
        text = replaceOnce(text, "\"from\": \"cmo\", \"to\": \"ceo\"", "\"from\": \"cmo\", \"to\": \"ceo\", \"weight\": 2");
        text = replaceOnce(text, "\"title\": \"CMO\"", "\"title\": \"CMO\", \"colour\": \"red\"");
        assertProblems(parse(text),
                "settings.grid", "unknown key \"grid\" (it would be lost on save); settings has the keys spanOfControlMax",
                "regions[0].code", "a region has the keys id, name",
                "scenarios[0].owner", "a scenario has the keys id, name, strategy, nodes, lines",
                NODES + "[1].colour", "unknown key \"colour\"",
                NODES + "[3].responsibilities[0].note", "a responsibility has the keys capability, raci",
                "scenarios[0].lines[0].weight", "a line has the keys from, to, style");
    }

    @Test
    void keysThatDoNotBelongToTheNodeType() {
        String text = exampleWith("\"name\": \"Martech CoE\"", "\"name\": \"Martech CoE\", \"archetype\": \"maker\"");
        text = replaceOnce(text, "\"title\": \"CEO\"", "\"title\": \"CEO\", \"responsibilities\": []");
        text = replaceOnce(text, "\"title\": \"Martech architect\"", "\"title\": \"Martech architect\", \"office\": \"it\"");
        text = replaceOnce(text, "\"region\": \"global\", \"x\": 300",
                "\"region\": \"global\", \"responsibilities\": [ { \"capability\": \"campaigns\", \"raci\": \"R\" } ], \"x\": 300");
        assertProblems(parse(text),
                NODES + "[0].responsibilities", "teams and executives carry no responsibilities",
                NODES + "[2].archetype", "a team has no key \"archetype\"; its keys are id, type, name, region, from, to, x, y",
                NODES + "[2].responsibilities", "teams and executives carry no responsibilities",
                NODES + "[3].office", "a role has no key \"office\"");
    }

    @Test
    void missingRequiredKeys() {
        String text = exampleWith("\"title\": \"Acme: centralized vs local expression\",", "");
        text = replaceOnce(text, "\"name\": \"EMEA\"", "\"nom\": \"EMEA\"");
        text = replaceOnce(text, ", \"scope\": \"per-region\"", "");
        text = replaceOnce(text, "\"name\": \"Foundation\", ", "");
        text = replaceOnce(text, "\"strategy\": \"centralized\",", "");
        text = replaceOnce(text, "\"office\": \"cmo\", ", "");
        text = replaceOnce(text, "\"name\": \"Martech CoE\", ", "");
        text = replaceOnce(text, "\"archetype\": \"leader\",\n", "\n");
        text = replaceOnce(text, ", \"raci\": \"A\"", "");
        text = replaceOnce(text, "{ \"from\": \"coe\", \"to\": \"cmo\", \"style\": \"solid\" }", "{ \"from\": \"coe\" }");
        assertProblems(parse(text),
                "regions[0].nom", "unknown key \"nom\"",
                "regions[0].name", "the required key \"name\" is missing",
                "capabilities[0].scope", "the required key \"scope\" is missing",
                "phases[0].name", "the required key \"name\" is missing",
                NODES + "[1].office", "the required key \"office\" is missing",
                NODES + "[2].name", "the required key \"name\" is missing",
                NODES + "[3].responsibilities[0].raci", "the required key \"raci\" is missing",
                NODES + "[3].archetype", "the required key \"archetype\" is missing",
                "scenarios[0].lines[1].to", "the required key \"to\" is missing",
                "scenarios[0].strategy", "the required key \"strategy\" is missing",
                "title", "the required key \"title\" is missing");
    }

    @Test
    void missingTopLevelCollectionsAndIds() {
        String text = exampleWith("\"id\": \"ceo\", ", "");
        text = replaceOnce(text, "\"type\": \"team\", ", "");
        assertProblems(parse(text),
                NODES + "[0].id", "the required key \"id\" is missing",
                NODES + "[2].type", "the required key \"type\" is missing",
                "scenarios[0].lines[0].to", "no node \"ceo\" in scenario \"central\"");
        assertProblems(parse("{\"format\": \"modesign\", \"version\": 1, \"title\": \"t\"}"),
                "capabilities", "the required key \"capabilities\" is missing",
                "phases", "the required key \"phases\" is missing",
                "scenarios", "the required key \"scenarios\" is missing");
    }

    @Test
    void emptyPhasesAndScenarios() {
        assertProblems(parse("{\"format\": \"modesign\", \"version\": 1, \"title\": \"t\", \"capabilities\": [],"
                        + " \"phases\": [], \"scenarios\": []}"),
                "phases", "a design needs at least one phase",
                "scenarios", "a design needs at least one scenario");
    }

    @Test
    void duplicateJsonKeys() {
        String text = exampleWith("\"title\": \"CEO\"", "\"title\": \"CEO\", \"title\": \"Boss\"");
        text = replaceOnce(text, "\"version\": 1,", "\"version\": 1, \"version\": 1,");
        assertProblems(parse(text),
                "version", "the key \"version\" appears more than once in this object",
                NODES + "[0].title", "the key \"title\" appears more than once in this object");
    }

    @Test
    void optionalKeysTakeTheirDefaults() {
        String text = """
                {"format": "modesign", "version": 1, "title": "T",
                 "capabilities": [], "phases": [{"id": "p1", "name": "P", "requires": []}],
                 "scenarios": [{"id": "s", "name": "S", "strategy": "hybrid",
                   "nodes": [{"id": "e", "type": "executive", "office": "ceo", "title": "CEO"},
                             {"id": "t", "type": "team", "name": "Team"},
                             {"id": "r", "type": "role", "title": "R", "archetype": "maker"}],
                   "lines": [{"from": "r", "to": "e"}]}]}
                """;
        LoadResult result = parse(text);
        assertTrue(result.ok(), result.problems().toString());
        Design d = result.design();
        assertEquals("", d.description());
        assertEquals(Settings.DEFAULTS, d.settings());
        assertEquals(0, d.regions().size());
        var nodes = d.scenarios().get(0).nodes();
        assertEquals(new Executive("e", org.modesign.model.Office.CEO, "CEO", 0, 0), nodes.get(0));
        assertEquals(new Team("t", "Team", null, null, null, 0, 0), nodes.get(1));
        Role role = (Role) nodes.get(2);
        assertEquals(Role.of("r", "R", org.modesign.model.Archetype.MAKER, 0, 0), role);
        assertEquals(Sourcing.IN_HOUSE, role.sourcing());
        assertEquals(LineStyle.SOLID, d.scenarios().get(0).lines().get(0).style());
    }

    @Test
    void everyProblemIsReportedTogether() {
        String text = exampleWith("\"fte\": 1", "\"fte\": \"1\"");
        text = replaceOnce(text, "\"strategy\": \"centralized\"", "\"strategy\": \"centralised\"");
        text = replaceOnce(text, "{ \"from\": \"cmo\", \"to\": \"ceo\"", "{ \"from\": \"cmo\", \"to\": \"cmo2\"");
        text = replaceOnce(text, "\"layer\": \"expression\"", "\"layer\": \"expression\", \"owner\": \"me\"");
        assertProblems(parse(text),
                "capabilities[0].owner", "unknown key \"owner\"",
                "scenarios[0].strategy", "unknown value \"centralised\"",
                NODES + "[3].fte", "expected a number, found a string",
                "scenarios[0].lines[0].to", "no node \"cmo2\" in scenario \"central\"");
    }
}
