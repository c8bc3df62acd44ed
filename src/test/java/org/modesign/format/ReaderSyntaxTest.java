package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.format.ProblemAssert.assertOnlyProblem;
import static org.modesign.format.Samples.utf8;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files that are not one well-formed JSON object are rejected with the line and column. */
class ReaderSyntaxTest {

    private final DesignReader reader = new DesignReader();

    private LoadResult parse(String text) {
        return reader.parse(utf8(text));
    }

    @Test
    void theExampleOfTheFormatLoads() {
        LoadResult result = parse(Samples.EXAMPLE);
        assertEquals(java.util.List.of(), result.problems());
        assertEquals(Samples.exampleDesign(), result.design());
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        assertOnlyProblem(parse("{\n  \"format\": \"modesign\",\n  \"version\": 1,\n  }"),
                "line 4, column 3: unexpected character '}'; expected a key in double quotes");
    }

    @Test
    void missingColonAndComma() {
        assertOnlyProblem(parse("{\"format\" \"modesign\"}"),
                "line 1, column 11: unexpected character '\"'; expected ':' after the key");
        assertOnlyProblem(parse("{\"a\": [1 2]}"),
                "line 1, column 10: unexpected character '2'; expected ',' or ']'");
    }

    @Test
    void fileThatEndsTooEarly() {
        assertOnlyProblem(parse("{\"format\": [1,\n2"), "line 2, column 2: the file ends before the JSON is complete");
        assertOnlyProblem(parse("{\"title\": \"abc"), "line 1, column 15: the file ends inside a string");
    }

    @Test
    void emptyFile() {
        assertOnlyProblem(parse(""), "the file is empty; a design file holds one JSON object");
        assertOnlyProblem(parse(" \n\t "), "the file is empty; a design file holds one JSON object");
    }

    @Test
    void topLevelThatIsNotAnObject() {
        assertOnlyProblem(parse("[1, 2]"), "a design file holds one JSON object, but this file holds an array");
        assertOnlyProblem(parse("\"modesign\""), "a design file holds one JSON object, but this file holds a string");
    }

    @Test
    void textThatIsNotJson() {
        assertOnlyProblem(parse("format: modesign"),
                "line 1, column 8: unexpected text 'format'; expected a value (a string in double quotes, a number,"
                        + " an object, an array, true, false or null)");
    }

    @Test
    void contentAfterTheObject() {
        assertOnlyProblem(parse(Samples.EXAMPLE + "x"),
                "line 38, column 2: there is more after the end of the design object;"
                        + " a design file holds exactly one JSON object");
        assertOnlyProblem(parse(Samples.EXAMPLE + "{}"),
                "line 38, column 1: there is more after the end of the design object;"
                        + " a design file holds exactly one JSON object");
    }

    @Test
    void nanAndInfinityAreNotJson() {
        assertOnlyProblem(parse(Samples.exampleWith("\"fte\": 1", "\"fte\": NaN")),
                "line 25, column 56: NaN is not a number JSON allows");
        assertOnlyProblem(parse(Samples.exampleWith("\"x\": 320", "\"x\": -Infinity")),
                "line 28, column 25: -Infinity is not a number JSON allows");
    }

    @Test
    void commentsAreNotJson() {
        assertOnlyProblem(parse("{ // note\n}"),
                "line 1, column 3: unexpected character '/'; JSON does not allow comments");
    }

    @Test
    void controlCharacters() {
        assertOnlyProblem(parse("{\"title\": \"a\tb\"}"),
                "line 1, column 13: control character 9 must be written as an escape inside a string");
        assertOnlyProblem(parse("{\n\u0001}"), "line 2, column 2: unexpected control character 1");
    }

    @Test
    void badEscapeAndBadNumber() {
        assertOnlyProblem(parse("{\"title\": \"a\\qb\"}"), "line 1, column 14: '\\q' is not a valid escape in a string");
        assertOnlyProblem(parse("{\"x\": 012}"), "line 1, column 8: invalid number: leading zeroes not allowed");
        assertOnlyProblem(parse("{\"x\": +1}"), "line 1, column 8: unexpected character '+' in a number");
    }

    @Test
    void mismatchedBrackets() {
        assertOnlyProblem(parse("{\"regions\": [}"),
                "line 1, column 14: unexpected '}' where ']' should close what is open");
    }

    @Test
    void invalidUtf8() {
        byte[] bytes = utf8("{\"title\": \"caf_\"}");
        bytes[14] = (byte) 0xC3;
        bytes[15] = (byte) 0x28;
        LoadResult result = reader.parse(bytes);
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().endsWith("the file is not valid UTF-8 text"),
                result.problems().toString());
        assertTrue(result.problems().get(0).message().startsWith("line 1, column "), result.problems().toString());
    }

    @Test
    void utf16IsNotUtf8() {
        assertOnlyProblem(reader.parse(Samples.EXAMPLE.getBytes(StandardCharsets.UTF_16LE)),
                "the file is not UTF-8 text (it looks like UTF-16 or UTF-32)");
        assertOnlyProblem(reader.parse(Samples.EXAMPLE.getBytes(StandardCharsets.UTF_16)),
                "the file is not UTF-8 text (it looks like UTF-16 or UTF-32)");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] text = utf8(Samples.EXAMPLE);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals(Samples.exampleDesign(), reader.parse(withBom).design());
    }

    @Test
    void nonAsciiTextIsReadAsUtf8() {
        LoadResult result = parse(Samples.exampleWith("\"title\": \"CEO\"", "\"title\": \"Président-directeur général 社長 🚀\""));
        assertTrue(result.ok(), result.problems().toString());
        assertEquals("Président-directeur général 社長 🚀",
                result.design().scenarios().get(0).nodes().get(0).label());
    }
}
