package org.modesign.format;

import static org.modesign.format.ProblemAssert.assertProblems;
import static org.modesign.format.Samples.exampleWith;
import static org.modesign.format.Samples.replaceOnce;
import static org.modesign.format.Samples.utf8;

import org.junit.jupiter.api.Test;

/** Ids, references and the structural rules between parts of a design are enforced on load. */
class ReaderIntegrityTest {

    private static final String NODES = "scenarios[0].nodes";
    private static final String LINES = "scenarios[0].lines";
    private static final String SCENARIO = """
                { "id": "central", "name": "Centralized CoE", "strategy": "centralized",""";

    private final DesignReader reader = new DesignReader();

    private LoadResult parse(String text) {
        return reader.parse(utf8(text));
    }

    @Test
    void capabilityRequiredTwiceInAPhase() {
        assertProblems(parse(exampleWith("\"requires\": [\"campaigns\"]", "\"requires\": [\"campaigns\", \"campaigns\"]")),
                "phases[0].requires[1]", "capability \"campaigns\" is required twice in phase \"p1\"");
    }

    @Test
    void duplicateRegionCapabilityAndPhaseIds() {
        String text = exampleWith("\"id\": \"apac\"", "\"id\": \"emea\"");
        text = replaceOnce(text, "\"id\": \"stack-architecture\"", "\"id\": \"campaigns\"");
        text = replaceOnce(text, "\"id\": \"p2\"", "\"id\": \"p1\"");
        text = replaceOnce(text, "\"to\": \"p2\"", "\"to\": \"p1\"");
        assertProblems(parse(text),
                "regions[1].id", "duplicate region id \"emea\"",
                "capabilities[1].id", "duplicate capability id \"campaigns\"",
                "phases[1].id", "duplicate phase id \"p1\"",
                "phases[1].requires[1]", "no capability \"stack-architecture\" in the catalogue",
                NODES + "[3].responsibilities[0].capability", "no capability \"stack-architecture\"");
    }

    @Test
    void duplicateScenarioId() {
        String text = exampleWith("  \"scenarios\": [\n", "  \"scenarios\": [\n" + SCENARIO
                + " \"nodes\": [], \"lines\": [] },\n");
        assertProblems(parse(text), "scenarios[1].id", "duplicate scenario id \"central\"");
    }

    @Test
    void duplicateNodeId() {
        assertProblems(parse(exampleWith("\"id\": \"cmo\"", "\"id\": \"ceo\"")),
                NODES + "[1].id", "duplicate node id \"ceo\"",
                LINES + "[0].from", "no node \"cmo\" in scenario \"central\"",
                LINES + "[1].to", "no node \"cmo\" in scenario \"central\"");
    }

    @Test
    void invalidIds() {
        assertProblems(parse(exampleWith("\"id\": \"emea\"", "\"id\": \"e m e a\"")),
                "regions[0].id", "the region id \"e m e a\" is not valid: use 1 to 64 letters, digits, '_', '.' or '-'");
    }

    @Test
    void globalMayNotBeDeclared() {
        assertProblems(parse(exampleWith("\"id\": \"apac\", \"name\": \"APAC\"", "\"id\": \"global\", \"name\": \"All\"")),
                "regions[1].id", "\"global\" is reserved");
    }

    @Test
    void danglingTeamAndRegionReferences() {
        String text = exampleWith("\"team\": \"coe\", \"region\": \"global\"", "\"team\": \"cmo\", \"region\": \"amer\"");
        text = replaceOnce(text, "\"region\": \"global\", \"x\": 300", "\"region\": \"latam\", \"x\": 300");
        assertProblems(parse(text),
                NODES + "[2].region", "no region \"latam\" is declared",
                NODES + "[3].team", "\"cmo\" is an executive, not a team, in scenario \"central\"",
                NODES + "[3].region", "no region \"amer\" is declared");
        assertProblems(parse(exampleWith("\"team\": \"coe\"", "\"team\": \"marketing\"")),
                NODES + "[3].team", "no team \"marketing\" in scenario \"central\"");
    }

    @Test
    void danglingLineEnds() {
        String text = exampleWith("{ \"from\": \"cmo\", \"to\": \"ceo\"", "{ \"from\": \"cmo\", \"to\": \"cmo2\"");
        text = replaceOnce(text, "{ \"from\": \"r1\"", "{ \"from\": \"r9\"");
        assertProblems(parse(text),
                LINES + "[0].to", "no node \"cmo2\" in scenario \"central\"",
                LINES + "[2].from", "no node \"r9\" in scenario \"central\"");
    }

    @Test
    void danglingCapabilities() {
        String text = exampleWith("\"requires\": [\"campaigns\"]", "\"requires\": [\"campaign\"]");
        text = replaceOnce(text, "\"capability\": \"stack-architecture\"", "\"capability\": \"stack\"");
        assertProblems(parse(text),
                "phases[0].requires[0]", "no capability \"campaign\" in the catalogue",
                NODES + "[3].responsibilities[0].capability", "no capability \"stack\" in the catalogue");
    }

    @Test
    void danglingPhases() {
        String text = exampleWith("\"from\": \"p1\", \"to\": \"p2\"", "\"from\": \"p0\", \"to\": \"p3\"");
        text = replaceOnce(text, "\"region\": \"global\", \"x\": 300", "\"from\": \"p7\", \"x\": 300");
        assertProblems(parse(text),
                NODES + "[2].from", "no phase \"p7\" in the plan",
                NODES + "[3].from", "no phase \"p0\" in the plan",
                NODES + "[3].to", "no phase \"p3\" in the plan");
    }

    @Test
    void fromAfterTo() {
        String text = exampleWith("\"from\": \"p1\", \"to\": \"p2\"", "\"from\": \"p2\", \"to\": \"p1\"");
        text = replaceOnce(text, "\"region\": \"global\", \"x\": 300", "\"from\": \"p2\", \"to\": \"p1\", \"x\": 300");
        assertProblems(parse(text),
                NODES + "[2].from", "phase \"p2\" comes after phase \"p1\"",
                NODES + "[3].from", "\"from\" may not come after \"to\"");
    }

    @Test
    void fteOutOfRange() {
        assertProblems(parse(exampleWith("\"fte\": 1", "\"fte\": 0")),
                NODES + "[3].fte", "FTE must be more than 0 and at most 10,000, not 0");
        assertProblems(parse(exampleWith("\"fte\": 1", "\"fte\": -0.5")),
                NODES + "[3].fte", "not -0.5");
        assertProblems(parse(exampleWith("\"fte\": 1", "\"fte\": 10000.5")),
                NODES + "[3].fte", "not 10000.5");
    }

    @Test
    void fteAtTheEdgesLoads() {
        org.junit.jupiter.api.Assertions.assertTrue(parse(exampleWith("\"fte\": 1", "\"fte\": 10000")).ok());
        org.junit.jupiter.api.Assertions.assertTrue(parse(exampleWith("\"fte\": 1", "\"fte\": 0.001")).ok());
    }

    @Test
    void capabilityNamedTwiceInARole() {
        assertProblems(parse(exampleWith("[ { \"capability\": \"stack-architecture\", \"raci\": \"A\" } ]",
                        "[ { \"capability\": \"stack-architecture\", \"raci\": \"A\" },"
                                + " { \"capability\": \"stack-architecture\", \"raci\": \"R\" } ]")),
                NODES + "[3].responsibilities[1].capability",
                "role \"Martech architect\" names capability \"stack-architecture\" twice");
    }

    @Test
    void selfLineAndDuplicateLine() {
        String text = exampleWith("{ \"from\": \"coe\", \"to\": \"cmo\", \"style\": \"solid\" }",
                "{ \"from\": \"coe\", \"to\": \"coe\", \"style\": \"solid\" }");
        text = replaceOnce(text, "{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"solid\" }",
                "{ \"from\": \"cmo\", \"to\": \"ceo\", \"style\": \"dotted\" }");
        assertProblems(parse(text),
                LINES + "[1]", "a line may not run from \"coe\" to itself",
                LINES + "[2]", "there is already a line from \"cmo\" to \"ceo\"");
    }

    @Test
    void aMissingIdGivesOneProblemNotACascade() {
        String text = exampleWith("{ \"id\": \"coe\", \"type\": \"team\"", "{ \"id\": 5, \"type\": \"team\"");
        text = replaceOnce(text, "{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"solid\" }", "{ \"style\": \"solid\" }");
        assertProblems(parse(text),
                NODES + "[2].id", "expected a string, found a number",
                LINES + "[2].from", "the required key \"from\" is missing",
                LINES + "[2].to", "the required key \"to\" is missing",
                NODES + "[3].team", "no team \"coe\"",
                LINES + "[1].from", "no node \"coe\"");
    }

    @Test
    void aNodeOfUnknownTypeDoesNotBreakReferencesToIt() {
        assertProblems(parse(exampleWith("\"type\": \"team\"", "\"type\": \"squad\"")),
                NODES + "[2].type", "unknown value \"squad\"");
    }

    @Test
    void anElementThatIsNotAnObjectIsOneProblem() {
        assertProblems(parse(exampleWith("{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"solid\" }", "[\"r1\", \"coe\"]")),
                LINES + "[2]", "expected an object, found an array");
    }
}
