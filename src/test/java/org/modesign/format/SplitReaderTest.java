package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.format.Samples.replaceOnce;
import static org.modesign.format.Samples.utf8;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Problem;

/**
 * Reading a file's scenarios side by side gives exactly what the ordinary, sequential reading
 * gives: the same design for a valid file, and for a broken one the same problems, word for word.
 */
class SplitReaderTest {

    /** Tries the split reading on every file, however small. */
    private static final DesignReader SPLIT = new DesignReader(0);
    /** Never splits. */
    private static final DesignReader SEQUENTIAL = new DesignReader(Integer.MAX_VALUE);
    private static final SplitReader SPLIT_READER = new SplitReader(DesignReader.FACTORY);
    /** Three scenarios of some 2,000 nodes each, about 1.5 MB of text. */
    private static final String LARGE = new DesignWriter().toJson(
            DesignGenerator.generate(new GeneratorSpec(2_000, 5, 6, 40, 3, 11)));
    private static final String SECOND_SCENARIO = "\"id\": \"s2\"";

    @Test
    void generatedDesignsAreReadSideBySideAndEqualTheOrdinaryReading() {
        for (GeneratorSpec spec : List.of(new GeneratorSpec(2_000, 5, 6, 40, 3, 11),
                new GeneratorSpec(300, 0, 1, 3, 7, 5))) {
            Design design = DesignGenerator.generate(spec);
            byte[] bytes = utf8(new DesignWriter().toJson(design));
            LoadResult split = SPLIT_READER.read(bytes);
            assertNotNull(split, "a valid file with several scenarios is read side by side");
            assertEquals(LoadResult.loaded(design), split);
            assertEquals(SEQUENTIAL.parse(bytes), split);
        }
    }

    @Property(tries = 200)
    void everyValidDesignWithSeveralScenariosIsReadSideBySideAsItIsWritten(@ForAll("designs") Design design) {
        byte[] bytes = utf8(new DesignWriter().toJson(design));
        LoadResult split = SPLIT_READER.read(bytes);
        assertNotNull(split);
        assertEquals(LoadResult.loaded(design), split);
        assertEquals(SEQUENTIAL.parse(bytes), SPLIT.parse(bytes));
    }

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs().filter(d -> d.scenarios().size() >= 2);
    }

    @Test
    void aFileWithOneScenarioIsLeftToTheOrdinaryReading() {
        byte[] bytes = utf8(new DesignWriter().toJson(DesignGenerator.generate(new GeneratorSpec(500, 2, 2, 5, 1, 3))));
        assertNull(SPLIT_READER.read(bytes));
        assertTrue(SPLIT.parse(bytes).ok());
    }

    @Test
    void integrityProblemsInALaterScenarioAreFoundSideBySideAndReportedAlike() {
        String broken = inSecondScenario("\"team\": \"team-", "\"team\": \"nowhere-");
        LoadResult split = SPLIT_READER.read(utf8(broken));
        assertNotNull(split, "a file that reads cleanly is checked without the ordinary reading");
        assertRejectedAlike(broken, split, "scenarios[1].nodes[");
    }

    @Test
    void schemaProblemInALaterScenario() {
        assertFallsBackAlike(inSecondScenario("\"fte\": ", "\"ftee\": "), "scenarios[1].nodes[");
    }

    @Test
    void wrongTypeInALaterScenario() {
        assertFallsBackAlike(inSecondScenario("\"x\": ", "\"x\": \"far\", \"y0\": "), "scenarios[1].nodes[");
    }

    @Test
    void syntaxErrorInALaterScenarioHasTheSameLineAndColumn() {
        assertFallsBackAlike(inSecondScenario("\"x\": ", "\"x\" "), "line ");
    }

    @Test
    void stringOver64KiBInALaterScenario() {
        assertFallsBackAlike(inSecondScenario("\"title\": \"", "\"title\": \"" + "x".repeat(65_537)),
                "a string is longer than the limit");
    }

    @Test
    void nestingInAScenarioCountsTheLevelsAboveIt() {
        // A node's value sits five levels deep: file, scenarios, scenario, nodes, node.
        String deepest = inSecondScenario("\"x\": ", "\"x\": " + "[".repeat(59) + "]".repeat(59) + ", \"x0\": ");
        assertFallsBackAlike(deepest, "expected a number, found an array");
        String tooDeep = inSecondScenario("\"x\": ", "\"x\": " + "[".repeat(60) + "]".repeat(60) + ", \"x0\": ");
        assertFallsBackAlike(tooDeep, "nested deeper than the limit of 64 levels");
    }

    @Test
    void aSecondScenariosKeyIsReportedAlike() {
        String twice = LARGE.substring(0, LARGE.lastIndexOf('}')) + ", \"scenarios\": []}";
        assertFallsBackAlike(twice, "appears more than once");
    }

    @Test
    void textAfterTheDesignIsReportedAlike() {
        assertFallsBackAlike(LARGE + "{}", "there is more after the end of the design object");
    }

    @Test
    void aScenarioThatIsNotAnObjectIsReportedAlike() {
        String notObject = replaceOnce(LARGE, "\n    {\n      " + SECOND_SCENARIO, "\n    7, {\n      " + SECOND_SCENARIO);
        assertFallsBackAlike(notObject, "expected an object, found a number");
    }

    @Test
    void moreThan200000NodesInAllScenariosTogether() {
        StringBuilder sb = new StringBuilder(6_000_000);
        sb.append("{\"format\": \"modesign\", \"version\": 1, \"title\": \"t\", \"capabilities\": [],")
                .append(" \"phases\": [{\"id\": \"p\", \"name\": \"P\", \"requires\": []}], \"scenarios\": [");
        for (int s = 0; s < 3; s++) {
            sb.append(s == 0 ? "" : ",").append("{\"id\": \"s").append(s)
                    .append("\", \"name\": \"S\", \"strategy\": \"other\", \"lines\": [], \"nodes\": [");
            for (int i = 0; i < 66_667; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"id\": \"n").append(i).append("\", \"type\": \"team\", \"name\": \"T\"}");
            }
            sb.append("]}");
        }
        assertFallsBackAlike(sb.append("]}").toString(), "the design has more than the limit of 200,000 nodes");
    }

    /** {@link #LARGE} with the first {@code fragment} inside its second scenario replaced. */
    private static String inSecondScenario(String fragment, String replacement) {
        int at = LARGE.indexOf(fragment, LARGE.indexOf(SECOND_SCENARIO));
        assertTrue(at > LARGE.indexOf(SECOND_SCENARIO));
        return LARGE.substring(0, at) + replacement + LARGE.substring(at + fragment.length());
    }

    /** The split reading gives up on {@code text}, and the reader reports it like the ordinary reading. */
    private static void assertFallsBackAlike(String text, String expected) {
        assertNull(SPLIT_READER.read(utf8(text)), "the split reading leaves a broken file to the ordinary one");
        assertRejectedAlike(text, SPLIT.parse(utf8(text)), expected);
    }

    private static void assertRejectedAlike(String text, LoadResult result, String expected) {
        LoadResult sequential = SEQUENTIAL.parse(utf8(text));
        assertFalse(sequential.ok());
        assertTrue(sequential.problems().stream().map(Problem::toString).anyMatch(p -> p.contains(expected)),
                sequential.problems().toString());
        assertEquals(sequential, result);
    }
}
