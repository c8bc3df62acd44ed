package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.format.ProblemAssert.assertOnlyProblem;
import static org.modesign.format.ProblemAssert.assertProblems;
import static org.modesign.format.Samples.exampleWith;
import static org.modesign.format.Samples.utf8;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of format.md §1 reject a file with a message that names the limit. */
class ReaderLimitsTest {

    private static final String STRING_LIMIT = "a string is longer than the limit of 64 KiB (65,536 characters)";
    private static final String TITLE = "\"title\": \"Acme: centralized vs local expression\"";

    private final DesignReader reader = new DesignReader();

    private LoadResult parse(String text) {
        return reader.parse(utf8(text));
    }

    @Test
    void fileOver256MiBIsNotRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.modesign");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(ReadLimits.MAX_FILE_BYTES + 1); // sparse: costs no disk and is never read
        }
        assertOnlyProblem(reader.read(big),
                "the file is 268,435,457 bytes long, more than the limit of 256 MiB (268,435,456 bytes)");
    }

    @Test
    void bytesOver256MiBAreNotParsed() {
        assertOnlyProblem(reader.parse(new byte[(int) ReadLimits.MAX_FILE_BYTES + 1]),
                "the file is 268,435,457 bytes long, more than the limit of 256 MiB (268,435,456 bytes)");
    }

    @Test
    void nestingDeeperThan64() {
        // The design object is level 1, so 63 arrays make 64 levels: read, and refused as a wrong type.
        assertProblems(parse(exampleWith("\"optional free text\"", "[".repeat(63) + "]".repeat(63))),
                "description", "expected a string, found an array");
        LoadResult tooDeep = parse(exampleWith("\"optional free text\"", "[".repeat(64) + "]".repeat(64)));
        assertEquals(1, tooDeep.problems().size());
        assertEquals("", tooDeep.problems().get(0).path());
        assertEquals("line 5, column 82: the JSON is nested deeper than the limit of 64 levels",
                tooDeep.problems().get(0).message());
    }

    @Test
    void stringOver64KiB() {
        assertTrue(parse(exampleWith(TITLE, "\"title\": \"" + "é".repeat(65_536) + "\"")).ok());
        LoadResult result = parse(exampleWith(TITLE, "\"title\": \"" + "x".repeat(65_537) + "\""));
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().endsWith(STRING_LIMIT), result.problems().toString());
    }

    /**
     * Found by the fuzzer: Jackson checks a string's length as its buffer grows, and the buffer a
     * thread recycles from an earlier read may be larger, so the place of the problem depended on
     * what was read before. It is the place where the string starts.
     */
    @Test
    void aStringOverTheLimitIsReportedWhereItStartsWhateverWasReadBefore() throws Exception {
        byte[] over = utf8(exampleWith(TITLE, "\"title\": \"" + "\\n".repeat(200_000) + "\""));
        byte[] long1 = utf8(exampleWith(TITLE, "\"title\": \"" + "x".repeat(65_536) + "\""));
        String[] fresh = new String[1];
        Thread thread = new Thread(() -> fresh[0] = reader.parse(over).problems().toString());
        thread.start();
        thread.join();
        assertTrue(reader.parse(long1).ok());
        assertEquals("[line 4, column 12: " + STRING_LIMIT + "]", fresh[0]);
        assertEquals(fresh[0], reader.parse(over).problems().toString());
    }

    @Test
    void keyOver64KiB() {
        LoadResult result = parse(exampleWith(TITLE, TITLE + ", \"" + "k".repeat(65_537) + "\": 1"));
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().endsWith(STRING_LIMIT), result.problems().toString());
    }

    @Test
    void absurdlyLongNumber() {
        LoadResult result = parse(exampleWith("\"x\": 320", "\"x\": " + "9".repeat(1001)));
        assertTrue(result.problems().get(0).message()
                .endsWith("a number is written with more than the limit of 1,000 characters"), result.problems().toString());
    }

    @Test
    void moreThan200000NodesInAllScenariosTogether() {
        assertTrue(parse(designWithNodes(100_000, 100_000)).ok());
        LoadResult result = parse(designWithNodes(100_000, 100_001));
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message()
                .endsWith("the design has more than the limit of 200,000 nodes (all scenarios together)"),
                result.problems().toString());
    }

    private static String designWithNodes(int first, int second) {
        StringBuilder sb = new StringBuilder(60 * (first + second) + 500);
        sb.append("{\"format\": \"modesign\", \"version\": 1, \"title\": \"t\", \"capabilities\": [],")
                .append(" \"phases\": [{\"id\": \"p\", \"name\": \"P\", \"requires\": []}], \"scenarios\": [");
        appendScenario(sb, "a", first);
        sb.append(',');
        appendScenario(sb, "b", second);
        return sb.append("]}").toString();
    }

    private static void appendScenario(StringBuilder sb, String id, int nodes) {
        sb.append("{\"id\": \"").append(id).append("\", \"name\": \"S\", \"strategy\": \"other\", \"nodes\": [");
        for (int i = 0; i < nodes; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"n").append(i).append("\", \"type\": \"team\", \"name\": \"T\"}");
        }
        sb.append("], \"lines\": []}");
    }
}
