package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.format.ProblemAssert.assertProblems;
import static org.modesign.format.Samples.utf8;
import static org.modesign.format.V2Samples.NODES;
import static org.modesign.format.V2Samples.exampleWith;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;

/** A version 2 file is read whole, with the defaults of format-v2.md §2 for what it leaves out. */
class ReaderV2Test {

    private final DesignReader reader = new DesignReader();

    private LoadResult parse(String text) {
        return reader.parse(utf8(text));
    }

    private Design read(String text) {
        LoadResult result = parse(text);
        assertEquals(List.of(), result.problems());
        return result.design();
    }

    @Test
    void theExampleReadsAsItsModel() {
        assertEquals(V2Samples.exampleDesign(), read(V2Samples.EXAMPLE));
    }

    @Test
    void writtenAndReadBackItIsTheSameDesignAndText() {
        DesignWriter writer = new DesignWriter();
        String written = writer.toJson(V2Samples.exampleDesign());
        assertTrue(written.contains("\"version\": 2,"), written);
        Design back = read(written);
        assertEquals(V2Samples.exampleDesign(), back);
        assertEquals(written, writer.toJson(back));
    }

    @Test
    void aVersion2FileNeedNotUseAnyVersion2Key() {
        Design design = read(Samples.EXAMPLE.replace("\"version\": 1", "\"version\": 2"));
        assertEquals(Samples.exampleDesign(), design);
        assertEquals(1, design.minimumVersion());
    }

    @Test
    void readingIsTheSameSideBySide() {
        String two = V2Samples.EXAMPLE.replace("\"stack\": [", "\"stack\": [").replace(
                "\"scenarios\": [ { \"id\": \"central\"", "\"scenarios\": [ " + secondScenario() + ", { \"id\": \"central\"");
        LoadResult sequential = new DesignReader(Integer.MAX_VALUE).parse(utf8(two));
        assertTrue(sequential.ok(), sequential.problems().toString());
        LoadResult split = new SplitReader(DesignReader.FACTORY).read(utf8(two));
        assertEquals(sequential, split);
    }

    private static String secondScenario() {
        return """
                { "id": "local", "name": "Local", "strategy": "hybrid",
                  "nodes": [ { "id": "t", "type": "team", "name": "Squad", "kind": "squad" },
                             { "id": "r", "type": "role", "title": "R", "archetype": "maker", "alsoIn": ["t"],
                               "staffing": "open", "fteChanges": [ { "phase": "p1", "fte": 2 } ] } ],
                  "lines": [], "stack": [ { "tool": "cdp", "region": "emea", "owner": "t" } ] }""";
    }

    @Test
    void currencyAndCostsPerFte() {
        assertProblems(parse(exampleWith("\"currency\": \"USD\"", "\"currency\": 5")),
                "settings.currency", "expected a string, found a number");
        assertProblems(parse(exampleWith("\"currency\": \"USD\"", "\"currency\": \"DOLLARSXX\"")),
                "settings.currency", "the currency is 9 characters long, more than the limit of 8");
        Design emoji = read(exampleWith("\"currency\": \"USD\"", "\"currency\": \"€€€€€€€🚀\""));
        assertEquals("€€€€€€€🚀", emoji.settings().currency());
        assertProblems(parse(exampleWith("\"leader\": 180000", "\"leader\": 180000, \"boss\": 1")),
                "settings.costPerFte.boss", "unknown key \"boss\" (it would be lost on save); costPerFte has the keys"
                        + " maestro, modeler, maker, marketer, leader");
        assertProblems(parse(exampleWith("\"maestro\": 120000", "\"maestro\": -1")),
                "settings.costPerFte.maestro", "a cost must be a number of at least 0, not -1");
        assertProblems(parse(exampleWith("\"maestro\": 120000", "\"maestro\": \"lots\"")),
                "settings.costPerFte.maestro", "expected a number, found a string");
        assertProblems(parse(exampleWith("\"costPerFte\": {", "\"costPerFte\": 7, \"x\": {")),
                "settings.costPerFte", "expected an object, found a number",
                "settings.x", "unknown key \"x\"");
    }

    @Test
    void aCostPerFteMayNameOnlySomeArchetypes() {
        Design design = read(exampleWith(", \"maker\": 130000", ""));
        assertEquals(0, design.settings().costPerFte(org.modesign.model.Archetype.MAKER));
        assertEquals(120000, design.settings().costPerFte(org.modesign.model.Archetype.MAESTRO));
    }

    @Test
    void needsToolAndGoal() {
        assertProblems(parse(exampleWith("\"needsTool\": true", "\"needsTool\": \"yes\"")),
                "capabilities[0].needsTool", "expected true or false, found a string");
        assertProblems(parse(exampleWith("\"needsTool\": false", "\"needsTool\": null")),
                "capabilities[2].needsTool", "expected true or false, found null");
        assertProblems(parse(exampleWith("\"goal\": \"Stop the bleeding\"", "\"goal\": 1")),
                "phases[0].goal", "expected a string, found a number");
    }

    @Test
    void readinessAnswers() {
        assertProblems(parse(exampleWith("{ \"test\": \"revenue\", \"answer\": \"no\" }",
                        "{ \"test\": \"need\", \"answer\": \"no\" }")),
                "charter.readiness[2].test", "the readiness test \"need\" is answered twice");
        assertProblems(parse(exampleWith("\"answer\": \"partly\"", "\"answer\": \"maybe\"")),
                "charter.readiness[1].answer", "unknown value \"maybe\"; use one of yes | partly | no");
        assertProblems(parse(exampleWith("\"test\": \"technology\"", "\"test\": \"tech\"")),
                "charter.readiness[1].test", "unknown value \"tech\"; use one of need | technology | revenue");
        assertProblems(parse(exampleWith("{ \"test\": \"revenue\", \"answer\": \"no\" }", "{ \"test\": \"revenue\" }")),
                "charter.readiness[2].answer", "the required key \"answer\" is missing");
        assertProblems(parse(exampleWith("{ \"test\": \"revenue\", \"answer\": \"no\" }", "{ \"answer\": \"no\" }")),
                "charter.readiness[2].test", "the required key \"test\" is missing");
        assertProblems(parse(exampleWith("{ \"test\": \"revenue\", \"answer\": \"no\" }",
                        "{ \"test\": \"revenue\", \"answer\": \"no\" }, { \"test\": 3, \"answer\": \"no\" }")),
                "charter.readiness[3].test", "expected a string, found a number");
        assertProblems(parse(exampleWith("{ \"test\": \"revenue\", \"answer\": \"no\" }",
                        "{ \"test\": \"revenue\", \"answer\": \"no\", \"score\": 3 }")),
                "charter.readiness[2].score", "a readiness answer has the keys test, answer, note");
    }

    @Test
    void objectivesAndObstacles() {
        assertProblems(parse(exampleWith("{ \"id\": \"o2\"", "{ \"id\": \"o1\"")),
                "charter.objectives[1].id", "duplicate objective id \"o1\"");
        assertProblems(parse(exampleWith("{ \"id\": \"o2\"", "{ \"id\": \"o 2\"")),
                "charter.objectives[1].id", "the objective id \"o 2\" is not valid");
        assertProblems(parse(exampleWith(", \"text\": \"One view of the customer\"", "")),
                "charter.objectives[1].text", "the required key \"text\" is missing");
        assertProblems(parse(exampleWith("\"phase\": \"p2\"", "\"phase\": \"p9\"")),
                "charter.objectives[0].phase", "no phase \"p9\" in the plan");
        assertProblems(parse(exampleWith("\"phase\": \"p2\"", "\"phase\": 2")),
                "charter.objectives[0].phase", "expected a string, found a number");
        assertProblems(parse(exampleWith("\"kind\": \"technology\"", "\"kind\": \"people\"")),
                "charter.obstacles[0].kind", "use one of stakeholder | process | technology | budget");
        assertProblems(parse(exampleWith("\"strategy\": \"Integration team in phase 1\" }",
                        "\"strategy\": \"Integration team in phase 1\" }, { \"id\": \"b1\", \"text\": \"t\" }")),
                "charter.obstacles[1].kind", "the required key \"kind\" is missing",
                "charter.obstacles[1].id", "duplicate obstacle id \"b1\"");
        assertProblems(parse(exampleWith("\"mission\":", "\"vision\": 1, \"mission\":")),
                "charter.vision", "a charter has the keys mission, readiness, objectives, obstacles");
        assertProblems(parse(exampleWith("\"mission\": \"One", "\"mission\": [], \"x\": \"One")),
                "charter.mission", "expected a string, found an array",
                "charter.x", "unknown key \"x\"");
    }

    @Test
    void idsAreUniqueWithinTheirKindOnly() {
        Design design = read(exampleWith("{ \"id\": \"o2\"", "{ \"id\": \"b1\"").replace("{ \"id\": \"cdp\"",
                "{ \"id\": \"campaigns\"").replace("\"tool\": \"cdp\"", "\"tool\": \"campaigns\""));
        assertEquals("b1", design.charter().objectives().get(1).id());
        assertEquals("campaigns", design.tools().get(1).id());
    }

    @Test
    void tools() {
        assertProblems(parse(exampleWith("{ \"id\": \"cdp\"", "{ \"id\": \"mkto\"")),
                "tools[1].id", "duplicate tool id \"mkto\"",
                "scenarios[0].stack[2].tool", "no tool \"cdp\" in the design's tools");
        assertProblems(parse(exampleWith(", \"category\": \"data\"", "")),
                "tools[1].category", "the required key \"category\" is missing");
        assertProblems(parse(exampleWith("\"category\": \"advertising\"", "\"category\": \"ads\"")),
                "tools[0].category", "use one of advertising | content | social | commerce | data | management");
        assertProblems(parse(exampleWith("\"cost\": 90000", "\"cost\": -5")),
                "tools[0].cost", "a cost must be a number of at least 0, not -5");
        assertProblems(parse(exampleWith("[\"campaigns\", \"email\"]", "[\"campaigns\", \"emails\"]")),
                "tools[0].capabilities[1]", "no capability \"emails\" in the catalogue");
        assertProblems(parse(exampleWith("[\"campaigns\", \"email\"]", "[\"campaigns\", \"campaigns\"]")),
                "tools[0].capabilities[1]", "tool \"Marketo Engage\" names capability \"campaigns\" twice");
        assertProblems(parse(exampleWith("\"layer\": \"expression\",\n      \"cost\"", "\"layer\": \"stack\",\n      \"cost\"")),
                "tools[0].layer", "use one of platform | expression | governance");
        assertProblems(parse(exampleWith("\"cost\": 90000", "\"cost\": 90000, \"vendor\": \"Adobe\"")),
                "tools[0].vendor", "a tool has the keys id, name, category, layer, cost, capabilities");
        assertProblems(parse(exampleWith("{ \"id\": \"cdp\", \"name\": \"Segment CDP\", ", "{ ")),
                "tools[1].id", "the required key \"id\" is missing",
                "tools[1].name", "the required key \"name\" is missing",
                // Without its id the tool is not there to deploy.
                "scenarios[0].stack[2].tool", "no tool \"cdp\" in the design's tools");
    }

    @Test
    void teamKindStaffingPersonAndCost() {
        assertProblems(parse(exampleWith("\"kind\": \"committee\"", "\"kind\": \"board\"")),
                NODES + "[2].kind", "use one of department | coe | committee | agency | squad");
        assertProblems(parse(exampleWith("\"staffing\": \"planned\"", "\"staffing\": \"hired\"")),
                NODES + "[4].staffing", "use one of filled | open | planned");
        assertProblems(parse(exampleWith("\"staffing\": \"filled\"", "\"staffing\": \"open\"")),
                NODES + "[5].person", "role \"Data analyst\" is \"open\", so nobody is in it yet, but it names the"
                        + " person \"Ada Lovelace\"");
        assertProblems(parse(exampleWith("\"staffing\": \"planned\"", "\"staffing\": \"planned\", \"person\": \"Bob\"")),
                NODES + "[4].person", "is \"planned\"");
        assertProblems(parse(exampleWith("\"Ada Lovelace\"", '"' + "a".repeat(201) + '"')),
                NODES + "[5].person", "the person's name is 201 characters long, more than the limit of 200");
        String longest = "🚀".repeat(200);
        assertEquals(longest, ((org.modesign.model.Role) read(exampleWith("\"Ada Lovelace\"", '"' + longest + '"'))
                .scenarios().get(0).nodes().get(5)).person());
        assertProblems(parse(exampleWith("\"person\": \"Ada Lovelace\"", "\"person\": false")),
                NODES + "[5].person", "expected a string, found false");
        assertProblems(parse(exampleWith("\"cost\": 140000", "\"cost\": -1")),
                NODES + "[4].cost", "a cost must be a number of at least 0, not -1");
        assertProblems(parse(exampleWith("\"cost\": 140000", "\"cost\": \"140k\"")),
                NODES + "[4].cost", "expected a number, found a string");
    }

    @Test
    void fteChanges() {
        String changes = "[ { \"phase\": \"p3\", \"fte\": 0.5 } ]";
        assertProblems(parse(exampleWith(changes, "[ { \"phase\": \"p3\", \"fte\": 0.5 }, { \"phase\": \"p2\", \"fte\": 1 } ]")),
                NODES + "[4].fteChanges[1].phase", "phase \"p2\" comes before phase \"p3\" of the change before it");
        assertProblems(parse(exampleWith(changes, "[ { \"phase\": \"p3\", \"fte\": 0.5 }, { \"phase\": \"p3\", \"fte\": 1 } ]")),
                NODES + "[4].fteChanges[1].phase", "phase \"p3\" has an FTE change already");
        assertProblems(parse(exampleWith(changes, "[ { \"phase\": \"p9\", \"fte\": 0.5 } ]")),
                NODES + "[4].fteChanges[0].phase", "no phase \"p9\" in the plan");
        assertProblems(parse(exampleWith(changes, "[ { \"phase\": \"p3\" } ]")),
                NODES + "[4].fteChanges[0].fte", "the required key \"fte\" is missing");
        assertProblems(parse(exampleWith(changes, "[ { \"fte\": 0.5 } ]")),
                NODES + "[4].fteChanges[0].phase", "the required key \"phase\" is missing");
        assertProblems(parse(exampleWith(changes, "[ { \"phase\": \"p3\", \"fte\": 0 } ]")),
                NODES + "[4].fteChanges[0].fte", "FTE must be more than 0 and at most 10,000, not 0");
        assertProblems(parse(exampleWith(changes, "[ { \"phase\": \"p3\", \"fte\": 10000.5 } ]")),
                NODES + "[4].fteChanges[0].fte", "not 10000.5");
        assertProblems(parse(exampleWith(changes, "[ { \"phase\": \"p3\", \"fte\": 0.5, \"why\": \"\" } ]")),
                NODES + "[4].fteChanges[0].why", "an FTE change has the keys phase, fte");
        assertProblems(parse(exampleWith(changes, "{ \"p3\": 0.5 }")),
                NODES + "[4].fteChanges", "expected an array, found an object");
    }

    @Test
    void fteChangesLieWithinTheRolesOwnSpan() {
        assertProblems(parse(exampleWith("\"fte\": 2,", "\"fte\": 2, \"fteChanges\": [ { \"phase\": \"p1\", \"fte\": 1 } ],")),
                NODES + "[5].fteChanges[0].phase", "phase \"p1\" is outside the phases of role \"Data analyst\""
                        + " (\"p2\" to \"p3\")");
        assertProblems(parse(exampleWith("\"cost\": 140000,", "\"cost\": 140000, \"from\": \"p1\", \"to\": \"p2\",")),
                NODES + "[4].fteChanges[0].phase", "phase \"p3\" is outside the phases of role",
                NODES + "[4].responsibilities[1].from", "phase \"p3\" comes after phase \"p2\", where role"
                        + " \"Marketing automation lead\" ends; \"from\" may not come after \"to\"");
        // At the role's own first phase, and not narrowed by its team's phases.
        read(exampleWith("\"fte\": 2,", "\"fte\": 2, \"fteChanges\": [ { \"phase\": \"p2\", \"fte\": 1 } ],"));
        read(exampleWith("\"kind\": \"coe\",", "\"kind\": \"coe\", \"to\": \"p1\","));
    }

    @Test
    void responsibilitySpans() {
        assertProblems(parse(exampleWith("\"raci\": \"R\", \"from\": \"p2\", \"to\": \"p3\" }",
                        "\"raci\": \"R\", \"from\": \"p3\", \"to\": \"p2\" }")),
                NODES + "[5].responsibilities[0].from", "phase \"p3\" comes after phase \"p2\"; \"from\" may not come"
                        + " after \"to\"");
        assertProblems(parse(exampleWith("\"raci\": \"R\", \"from\": \"p2\", \"to\": \"p3\" }",
                        "\"raci\": \"R\", \"from\": \"p2\", \"to\": \"p3\" }, { \"capability\": \"email\", \"raci\": \"I\","
                                + " \"to\": \"p1\" }")),
                NODES + "[5].responsibilities[1].to", "phase \"p1\" comes before phase \"p2\", where role \"Data"
                        + " analyst\" starts");
        assertProblems(parse(exampleWith("\"raci\": \"A\", \"to\": \"p2\"", "\"raci\": \"A\", \"to\": \"p9\"")),
                NODES + "[4].responsibilities[0].to", "no phase \"p9\" in the plan");
        assertProblems(parse(exampleWith("\"raci\": \"A\", \"to\": \"p2\"", "\"raci\": \"A\", \"to\": 2")),
                NODES + "[4].responsibilities[0].to", "expected a string, found a number");
        assertProblems(parse(exampleWith("\"raci\": \"A\", \"to\": \"p2\"", "\"raci\": \"A\", \"until\": \"p2\"")),
                NODES + "[4].responsibilities[0].until", "a responsibility has the keys capability, raci, from, to",
                NODES + "[4].responsibilities[1].capability", "twice in phase \"p3\"");
        // A span may reach outside its role's span.
        read(exampleWith("\"raci\": \"R\", \"from\": \"p2\", \"to\": \"p3\" }",
                "\"raci\": \"R\", \"from\": \"p1\", \"to\": \"p3\" }"));
    }

    @Test
    void spansOfOneCapabilityMayNotOverlap() {
        assertProblems(parse(exampleWith("\"raci\": \"A\", \"to\": \"p2\"", "\"raci\": \"A\", \"to\": \"p3\"")),
                NODES + "[4].responsibilities[1].capability", "role \"Marketing automation lead\" holds capability"
                        + " \"campaigns\" twice in phase \"p3\"; the spans of one capability's letters may not overlap");
        assertProblems(parse(exampleWith("\"raci\": \"A\", \"to\": \"p2\"", "\"raci\": \"A\"")),
                NODES + "[4].responsibilities[1].capability", "twice in phase \"p3\"");
        assertProblems(parse(exampleWith("\"raci\": \"C\", \"from\": \"p3\"", "\"raci\": \"C\", \"from\": \"p2\"")),
                NODES + "[4].responsibilities[1].capability", "twice in phase \"p2\"");
        assertProblems(parse(exampleWith("\"raci\": \"A\", \"to\": \"p2\"", "\"raci\": \"A\"")
                        .replace("\"raci\": \"C\", \"from\": \"p3\"", "\"raci\": \"C\"")),
                NODES + "[4].responsibilities[1].capability", "role \"Marketing automation lead\" names capability"
                        + " \"campaigns\" twice; a role holds one letter per capability");
    }

    @Test
    void executivesHoldLettersAndServeOnTeams() {
        assertProblems(parse(exampleWith("{ \"capability\": \"budget\", \"raci\": \"A\" }",
                        "{ \"capability\": \"budgets\", \"raci\": \"A\" }")),
                NODES + "[1].responsibilities[0].capability", "no capability \"budgets\" in the catalogue");
        assertProblems(parse(exampleWith("{ \"capability\": \"budget\", \"raci\": \"A\" }",
                        "{ \"capability\": \"budget\", \"raci\": \"A\" }, { \"capability\": \"budget\", \"raci\": \"R\" }")),
                NODES + "[1].responsibilities[1].capability", "executive \"CMO\" names capability \"budget\" twice;"
                        + " an executive holds one letter per capability");
        assertProblems(parse(exampleWith("\"alsoIn\": [\"steer\"] }", "\"alsoIn\": [\"ceo\"] }")),
                NODES + "[1].alsoIn[0]", "\"ceo\" is an executive, not a team, in scenario \"central\"");
        read(exampleWith("\"alsoIn\": [\"steer\"] }", "\"alsoIn\": [\"coe\", \"steer\"] }"));
    }

    @Test
    void alsoIn() {
        String r1 = "\"alsoIn\": [\"steer\"], \"staffing\"";
        assertProblems(parse(exampleWith(r1, "\"alsoIn\": [\"coe\"], \"staffing\"")),
                NODES + "[4].alsoIn[0]", "\"coe\" is the role's own team");
        assertProblems(parse(exampleWith(r1, "\"alsoIn\": [\"r2\"], \"staffing\"")),
                NODES + "[4].alsoIn[0]", "\"r2\" is a role, not a team, in scenario \"central\"");
        assertProblems(parse(exampleWith(r1, "\"alsoIn\": [\"nowhere\"], \"staffing\"")),
                NODES + "[4].alsoIn[0]", "no team \"nowhere\" in scenario \"central\"");
        assertProblems(parse(exampleWith(r1, "\"alsoIn\": [\"steer\", \"steer\"], \"staffing\"")),
                NODES + "[4].alsoIn[1]", "team \"steer\" is named twice");
        assertProblems(parse(exampleWith(r1, "\"alsoIn\": \"steer\", \"staffing\"")),
                NODES + "[4].alsoIn", "expected an array, found a string");
        assertProblems(parse(exampleWith(r1, "\"alsoIn\": [7], \"staffing\"")),
                NODES + "[4].alsoIn[0]", "expected a string, found a number");
    }

    @Test
    void keysThatDoNotBelongToTheNodeTypeInVersion2() {
        String text = exampleWith("\"kind\": \"committee\"", "\"kind\": \"committee\", \"alsoIn\": [\"coe\"],"
                + " \"responsibilities\": []");
        text = Samples.replaceOnce(text, "\"title\": \"Data analyst\"", "\"title\": \"Data analyst\", \"kind\": \"squad\"");
        text = Samples.replaceOnce(text, "\"title\": \"CEO\"", "\"title\": \"CEO\", \"staffing\": \"open\"");
        assertProblems(parse(text),
                NODES + "[0].staffing", "an executive has no key \"staffing\"; its keys are id, type, office, title,"
                        + " responsibilities, alsoIn, x, y",
                NODES + "[2].alsoIn", "a team has no key \"alsoIn\"; its keys are id, type, name, kind, region, from,"
                        + " to, x, y",
                NODES + "[2].responsibilities", "teams carry no responsibilities",
                NODES + "[5].kind", "a role has no key \"kind\"; its keys are id, type, title, archetype, team, alsoIn,"
                        + " region, staffing, person, cost, fte, fteChanges, sourcing, from, to, responsibilities, x, y");
    }

    @Test
    void unknownKeysListEveryVersion2Key() {
        assertProblems(parse(exampleWith("\"title\": \"Acme", "\"colour\": \"red\", \"title\": \"Acme")),
                "colour", "unknown key \"colour\" (it would be lost on save); a design has the keys format, version,"
                        + " title, description, settings, charter, regions, tools, capabilities, phases, scenarios");
        assertProblems(parse(exampleWith("\"currency\": \"USD\"", "\"currency\": \"USD\", \"grid\": 8")),
                "settings.grid", "settings has the keys spanOfControlMax, currency, costPerFte");
    }

    @Test
    void stack() {
        assertProblems(parse(exampleWith("{ \"tool\": \"cdp\"", "{ \"tool\": \"crm\"")),
                "scenarios[0].stack[2].tool", "no tool \"crm\" in the design's tools");
        assertProblems(parse(exampleWith("\"region\": \"emea\", \"to\"", "\"region\": \"apac\", \"to\"")),
                "scenarios[0].stack[1].region", "no region \"apac\" is declared");
        assertProblems(parse(exampleWith("\"owner\": \"coe\"", "\"owner\": \"nobody\"")),
                "scenarios[0].stack[2].owner", "no node \"nobody\" in scenario \"central\"");
        assertProblems(parse(exampleWith("\"owner\": \"coe\", \"from\": \"p2\", \"to\": \"p3\"",
                        "\"owner\": \"coe\", \"from\": \"p3\", \"to\": \"p2\"")),
                "scenarios[0].stack[2].from", "phase \"p3\" comes after phase \"p2\"");
        assertProblems(parse(exampleWith("\"region\": \"emea\", \"to\": \"p2\"", "\"region\": \"emea\", \"to\": \"p7\"")),
                "scenarios[0].stack[1].to", "no phase \"p7\" in the plan");
        assertProblems(parse(exampleWith("{ \"tool\": \"mkto\", \"region\": \"emea\", \"to\": \"p2\" }",
                        "{ \"tool\": \"mkto\", \"to\": \"p2\" }")),
                "scenarios[0].stack[1]", "tool \"mkto\" is deployed twice in region \"global\" in scenario \"central\";"
                        + " a scenario has one entry per tool and region");
        assertProblems(parse(exampleWith("{ \"tool\": \"cdp\", ", "{ ")),
                "scenarios[0].stack[2].tool", "the required key \"tool\" is missing");
        assertProblems(parse(exampleWith("{ \"tool\": \"cdp\", ", "{ \"tool\": \"cdp\", \"cost\": 1, ")),
                "scenarios[0].stack[2].cost", "a stack entry has the keys tool, region, owner, from, to");
        assertProblems(parse(exampleWith("\"owner\": \"coe\"", "\"owner\": 5")),
                "scenarios[0].stack[2].owner", "expected a string, found a number");
        // The owner is any node of the scenario.
        read(exampleWith("\"owner\": \"coe\"", "\"owner\": \"ceo\""));
    }

    @Test
    void everyProblemIsFoundAndNothingIsHalfLoaded() {
        String text = exampleWith("\"currency\": \"USD\"", "\"currency\": \"123456789\"");
        text = Samples.replaceOnce(text, "\"cost\": 90000", "\"cost\": -1");
        text = Samples.replaceOnce(text, "\"staffing\": \"filled\"", "\"staffing\": \"open\"");
        text = Samples.replaceOnce(text, "\"owner\": \"coe\"", "\"owner\": \"nobody\"");
        assertProblems(parse(text),
                "settings.currency", "9 characters",
                "tools[0].cost", "at least 0",
                NODES + "[5].person", "is \"open\"",
                "scenarios[0].stack[2].owner", "no node \"nobody\"");
    }
}
