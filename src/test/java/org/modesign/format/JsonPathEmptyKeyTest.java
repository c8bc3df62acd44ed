package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.modesign.model.Problem;

/** An empty key is named "" in a problem's path (found by ReaderFuzzTest: the path ended in a dot). */
class JsonPathEmptyKeyTest {

    @Test
    void anEmptyKeyIsNamedInThePath() throws java.io.IOException {
        String sample = java.nio.file.Files.readString(java.nio.file.Path.of("samples/mops-of-one.modesign"));
        String json = sample.replaceFirst("\\{", "{\"\": 1,");
        LoadResult result = new DesignReader().parse(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(!result.ok());
        assertTrue(result.problems().stream().map(Problem::path).anyMatch("\"\""::equals),
                () -> result.problems().toString());
        assertTrue(result.problems().stream().map(Problem::path).noneMatch(p -> p.endsWith(".")),
                () -> result.problems().toString());
    }
}
