package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.LimitBreach.Limit;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Scenario;
import org.modesign.model.Strategy;
import org.modesign.model.Team;

/**
 * The writer refuses, before it writes a byte and with the reader's own message, a design whose
 * file the reader would refuse (format.md §1); up to the limits, what it writes is read back.
 */
class DesignWriterLimitsTest {

    private final DesignWriter writer = new DesignWriter();
    private final DesignReader reader = new DesignReader();

    @TempDir
    Path dir;

    @Test
    void aStringAtTheLimitIsWrittenAndReadBack() throws IOException {
        Design design = Samples.exampleDesign().withDescription("é".repeat(ReadLimits.MAX_STRING_CHARS));
        assertEquals(Optional.empty(), writer.check(design));
        assertEquals(design, reader.parse(writer.toBytes(design)).design());
    }

    @Test
    void aStringOverTheLimitIsRefusedWithItsPathAndTheReadersMessage() {
        Design design = withTeams(Samples.exampleDesign(), 3, "x".repeat(ReadLimits.MAX_STRING_CHARS + 1));
        WriteRefusedException refused = assertThrows(WriteRefusedException.class, () -> writer.toBytes(design));
        LimitBreach breach = refused.breach();
        assertEquals(Limit.STRING_CHARS, breach.limit());
        assertEquals("scenarios[1].nodes[0].name", breach.path());
        assertEquals(ReadLimits.MAX_STRING_CHARS + 1, breach.found());
        assertEquals("scenarios[1].nodes[0].name: " + breach.message(), refused.getMessage());
        assertReaderSays(breach, writer.toJson(design));
    }

    @Test
    void aLoneSurrogateCountsAsOneCharacterAsTheReaderCountsIt() throws IOException {
        String text = "\ud800".repeat(ReadLimits.MAX_STRING_CHARS);
        Design design = Samples.exampleDesign().withTitle(text);
        assertEquals(design, reader.parse(writer.toBytes(design)).design());
        Design over = Samples.exampleDesign().withTitle(text + "\ud800");
        assertEquals("title", writer.check(over).orElseThrow().path());
    }

    @Test
    void designsAtTheNodeLimitAreWrittenAndOneNodeMoreIsRefused() throws IOException {
        Design atLimit = withTeams(Samples.exampleDesign(), ReadLimits.MAX_NODES - 4, "T");
        assertEquals(atLimit, reader.parse(writer.toBytes(atLimit)).design());
        Design over = withTeams(Samples.exampleDesign(), ReadLimits.MAX_NODES - 3, "T");
        LimitBreach breach = writer.check(over).orElseThrow();
        assertEquals(new LimitBreach(Limit.NODES, "", ReadLimits.MAX_NODES + 1), breach);
        assertReaderSays(breach, writer.toJson(over));
    }

    @Test
    void aFileOverTheByteLimitIsRefusedAndNothingIsWritten() throws IOException {
        // Few nodes, long names: the text is over 256 MiB while every string and the node count are in bounds.
        String name = "n".repeat(ReadLimits.MAX_STRING_CHARS);
        Design design = withTeams(Samples.exampleDesign(), (int) (ReadLimits.MAX_FILE_BYTES / name.length()) + 1, name);
        Path file = Files.writeString(dir.resolve("big.modesign"), "the old content");
        WriteRefusedException refused = assertThrows(WriteRefusedException.class, () -> writer.save(design, file));
        LimitBreach breach = refused.breach();
        assertEquals(Limit.FILE_BYTES, breach.limit());
        assertTrue(breach.found() > ReadLimits.MAX_FILE_BYTES);
        assertEquals(ReadLimits.fileTooLarge(breach.found()), refused.getMessage());
        assertEquals("the old content", Files.readString(file));
        assertEquals(List.of("big.modesign"), names(dir));
    }

    @Test
    void aRefusedSaveCreatesNoFile() throws IOException {
        Design design = Samples.exampleDesign().withTitle("t".repeat(ReadLimits.MAX_STRING_CHARS + 1));
        Path file = dir.resolve("new.modesign");
        assertThrows(WriteRefusedException.class, () -> writer.save(design, file));
        assertFalse(Files.exists(file));
        assertEquals(List.of(), names(dir));
    }

    @Test
    void theWrittenNestingIsFarFromTheLimit() {
        JsonText json = new JsonText(64);
        json.beginObject().key("a").beginArray().beginObject().endObject().endArray().endObject();
        assertEquals(3, json.deepest());
        assertEquals(Optional.empty(), writer.check(V2Samples.exampleDesign()));
    }

    @Test
    void aTextInChunksIsTheSameTextAndOneTooLongToBeKeptIsMeasuredExactly() {
        JsonText plain = new JsonText(16);
        JsonText chunked = new JsonText(16, 10L * JsonText.CHUNK_CHARS);
        JsonText measured = new JsonText(16, JsonText.CHUNK_CHARS);
        for (JsonText json : List.of(plain, chunked, measured)) {
            json.beginObject().key("values").beginArray();
            for (int i = 0; i < 200_000; i++) {
                json.value("é社🚀\ud800\"" + i).value(i * 0.5);
            }
            json.endArray().endObject();
        }
        byte[] expected = plain.finish().getBytes(StandardCharsets.UTF_8);
        assertTrue(expected.length > 2 * JsonText.CHUNK_CHARS);
        assertFalse(chunked.dropped());
        assertArrayEquals(expected, chunked.finishUtf8());
        assertTrue(measured.dropped());
        assertEquals(expected.length, measured.utf8Length() + 1);
        assertThrows(IllegalStateException.class, measured::finishUtf8);
    }

    /** The reader, given the unchecked text, refuses it with the same sentence. */
    private void assertReaderSays(LimitBreach breach, String text) {
        LoadResult read = reader.parse(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).message().endsWith(breach.message()), read.problems().toString());
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code design} with a second scenario of {@code count} teams named {@code name}. */
    static Design withTeams(Design design, int count, String name) {
        List<Node> nodes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            nodes.add(new Team("t" + i, name, null, null, null, 0, 0));
        }
        List<Scenario> scenarios = new ArrayList<>(design.scenarios());
        scenarios.add(new Scenario("teams", "Teams", Strategy.OTHER, nodes, List.of()));
        return design.withScenarios(scenarios);
    }
}
