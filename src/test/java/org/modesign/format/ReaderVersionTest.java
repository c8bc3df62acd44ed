package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.format.ProblemAssert.assertOnlyProblem;
import static org.modesign.format.ProblemAssert.assertProblems;
import static org.modesign.format.Samples.exampleWith;
import static org.modesign.format.Samples.replaceOnce;
import static org.modesign.format.Samples.utf8;

import org.junit.jupiter.api.Test;

/**
 * A version 1 file with a version 2 key is rejected like any unknown key, with a message that says
 * the key needs version 2 (format-v2.md §1), wherever the {@code version} key stands in the file.
 */
class ReaderVersionTest {

    private static final String NODES = "scenarios[0].nodes";
    private static final String NEEDS = "(needs \"version\": 2)";

    private final DesignReader reader = new DesignReader();

    private LoadResult parse(String text) {
        return reader.parse(utf8(text));
    }

    /** The v1 example with a key of every kind of object that version 2 adds to. */
    private static String withEveryVersion2Key() {
        String text = exampleWith("\"description\": \"optional free text\",", "\"description\": \"optional free text\","
                + " \"charter\": { \"mission\": \"m\" }, \"tools\": [],");
        text = replaceOnce(text, "{ \"spanOfControlMax\": 10 }", "{ \"spanOfControlMax\": 10, \"currency\": \"EUR\" }");
        text = replaceOnce(text, "\"archetype\": \"marketer\" }", "\"archetype\": \"marketer\", \"needsTool\": true }");
        text = replaceOnce(text, "\"name\": \"Foundation\",", "\"name\": \"Foundation\", \"goal\": \"g\",");
        text = replaceOnce(text, "\"title\": \"CMO\",", "\"title\": \"CMO\", \"responsibilities\": [], \"alsoIn\": [],");
        text = replaceOnce(text, "\"name\": \"Martech CoE\",", "\"name\": \"Martech CoE\", \"kind\": \"coe\",");
        text = replaceOnce(text, "\"fte\": 1,", "\"fte\": 1, \"staffing\": \"open\", \"person\": \"\", \"cost\": 1,"
                + " \"fteChanges\": [], \"alsoIn\": [],");
        text = replaceOnce(text, "\"raci\": \"A\" }", "\"raci\": \"A\", \"from\": \"p1\", \"to\": \"p2\" }");
        text = replaceOnce(text, "{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"solid\" }\n      ]",
                "{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"solid\" }\n      ], \"stack\": []");
        return text;
    }

    private static final String[] EVERY_VERSION2_KEY = {
        "charter", "unknown key \"charter\" " + NEEDS + "; in version 1, a design has the keys format, version, title,"
                + " description, settings, regions, capabilities, phases, scenarios",
        "tools", "unknown key \"tools\" " + NEEDS,
        "settings.currency", "unknown key \"currency\" " + NEEDS + "; in version 1, settings has the keys spanOfControlMax",
        "capabilities[0].needsTool", "unknown key \"needsTool\" " + NEEDS + "; in version 1, a capability has the keys"
                + " id, name, layer, scope, archetype",
        "phases[0].goal", "unknown key \"goal\" " + NEEDS + "; in version 1, a phase has the keys id, name, requires",
        NODES + "[1].alsoIn", "unknown key \"alsoIn\" " + NEEDS + "; in version 1, an executive has the keys id, type,"
                + " office, title, x, y",
        NODES + "[1].responsibilities", "teams and executives carry no responsibilities in version 1; an executive's"
                + " need \"version\": 2",
        NODES + "[2].kind", "unknown key \"kind\" " + NEEDS + "; in version 1, a team has the keys id, type, name,"
                + " region, from, to, x, y",
        NODES + "[3].responsibilities[0].from", "unknown key \"from\" " + NEEDS + "; in version 1, a responsibility"
                + " has the keys capability, raci",
        NODES + "[3].responsibilities[0].to", "unknown key \"to\" " + NEEDS,
        NODES + "[3].alsoIn", "unknown key \"alsoIn\" " + NEEDS + "; in version 1, a role has the keys id, type, title,"
                + " archetype, team, region, fte, sourcing, from, to, responsibilities, x, y",
        NODES + "[3].staffing", "unknown key \"staffing\" " + NEEDS,
        NODES + "[3].person", "unknown key \"person\" " + NEEDS,
        NODES + "[3].cost", "unknown key \"cost\" " + NEEDS,
        NODES + "[3].fteChanges", "unknown key \"fteChanges\" " + NEEDS,
        "scenarios[0].stack", "unknown key \"stack\" " + NEEDS + "; in version 1, a scenario has the keys id, name,"
                + " strategy, nodes, lines",
    };

    @Test
    void everyVersion2KeyInAVersion1FileSaysItNeedsVersion2() {
        assertProblems(parse(withEveryVersion2Key()), EVERY_VERSION2_KEY);
    }

    @Test
    void theSameKeysAreReadInAVersion2File() {
        LoadResult result = parse(withEveryVersion2Key().replace("\"version\": 1", "\"version\": 2"));
        assertEquals(java.util.List.of(), result.problems());
        assertEquals(2, result.design().minimumVersion());
    }

    @Test
    void theVersionMayComeAfterTheKeysThatNeedIt() {
        String text = withEveryVersion2Key().replace("\"version\": 1,\n", "");
        text = text.substring(0, text.lastIndexOf('}')) + ", \"version\": 1 }\n";
        assertProblems(parse(text), EVERY_VERSION2_KEY);
        LoadResult two = parse(text.replace("\"version\": 1 }", "\"version\": 2 }"));
        assertTrue(two.ok(), two.problems().toString());
    }

    @Test
    void whatAVersion2KeyHoldsIsNotReadInAVersion1File() {
        String broken = "\"stack\": [ { \"tool\": 5, \"bogus\": true } ]";
        String text = replaceOnce(exampleWith("\"lines\": [", "\"lines\": ["),
                "{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"solid\" }\n      ]",
                "{ \"from\": \"r1\", \"to\": \"coe\", \"style\": \"solid\" }\n      ], " + broken);
        assertOnlyProblem(parse(text), "scenarios[0].stack: unknown key \"stack\" " + NEEDS
                + "; in version 1, a scenario has the keys id, name, strategy, nodes, lines");
        String late = text.replace("\"version\": 1,\n", "");
        late = late.substring(0, late.lastIndexOf('}')) + ", \"version\": 1 }\n";
        assertOnlyProblem(parse(late), "scenarios[0].stack: unknown key \"stack\" " + NEEDS
                + "; in version 1, a scenario has the keys id, name, strategy, nodes, lines");
        assertOnlyProblem(parse(exampleWith("\"fte\": 1,", "\"fte\": 1, \"fteChanges\": [ { \"phase\": 7 } ],")),
                NODES + "[3].fteChanges: unknown key \"fteChanges\" " + NEEDS + "; in version 1, a role has the keys id,"
                        + " type, title, archetype, team, region, fte, sourcing, from, to, responsibilities, x, y");
    }

    @Test
    void aKeyOfAnotherNodeTypeIsUnknownInEitherVersion() {
        assertProblems(parse(exampleWith("\"title\": \"Martech architect\"", "\"title\": \"Martech architect\","
                        + " \"kind\": \"coe\"")),
                NODES + "[3].kind", "a role has no key \"kind\"; its keys are id, type, title, archetype, team, region,"
                        + " fte, sourcing, from, to, responsibilities, x, y");
    }

    @Test
    void unknownKeysBeforeTheVersionListTheKeysOfTheFilesVersion() {
        String text = exampleWith("\"version\": 1,\n", "");
        text = replaceOnce(text, "\"title\": \"Acme", "\"colour\": \"red\", \"title\": \"Acme");
        text = replaceOnce(text, "\"title\": \"Martech architect\"", "\"title\": \"Martech architect\", \"kind\": \"coe\"");
        text = text.substring(0, text.lastIndexOf('}')) + ", \"version\": 1 }\n";
        assertProblems(parse(text),
                "colour", "a design has the keys format, version, title, description, settings, regions, capabilities,"
                        + " phases, scenarios",
                NODES + "[3].kind", "its keys are id, type, title, archetype, team, region, fte, sourcing, from, to,"
                        + " responsibilities, x, y");
    }

    @Test
    void aVersion1DesignSavedAsVersion2IsReadBackTheSame() {
        LoadResult result = parse(Samples.EXAMPLE.replace("\"version\": 1", "\"version\": 2"));
        assertEquals(Samples.exampleDesign(), result.design());
        assertEquals(DesignWriterTest.CANONICAL_EXAMPLE, new DesignWriter().toJson(result.design()));
    }
}
