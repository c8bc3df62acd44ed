package org.modesign.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.modesign.format.Samples.utf8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick scan that finds where each scenario lies in a file's bytes. */
class ScenarioSplitTest {

    @Test
    void findsEachScenarioAndTheRestOfTheFile() {
        String text = "\uFEFF{\"title\": \"scenarios\", \"scenarios\" : [ {\"id\": \"a\"},\n  {\"id\": \"b\", \"nodes\": [{}]} ],"
                + " \"phases\": []}";
        ScenarioSplit split = ScenarioSplit.of(utf8(text));
        assertNotNull(split);
        assertEquals(List.of("{\"id\": \"a\"}", "{\"id\": \"b\", \"nodes\": [{}]}"), pieces(text, split));
        assertEquals("\uFEFF{\"title\": \"scenarios\", \"scenarios\" : [], \"phases\": []}",
                new String(split.rest(), StandardCharsets.UTF_8));
    }

    @Test
    void stringsMayHoldBracketsQuotesAndBackslashes() {
        String first = "{\"name\": \"} ] \\\" { [ \\\\\", \"x\": [\"]\"]}";
        String text = "{\"scenarios\": [" + first + ", {\"id\": \"\\\\\"}]}";
        ScenarioSplit split = ScenarioSplit.of(utf8(text));
        assertNotNull(split);
        assertEquals(List.of(first, "{\"id\": \"\\\\\"}"), pieces(text, split));
    }

    @Test
    void onlyTheKeyOfTheRootObjectCounts() {
        String text = "{\"settings\": {\"scenarios\": [{\"id\": \"no\"}]}, \"scenarios\": [{\"id\": \"yes\"}]}";
        ScenarioSplit split = ScenarioSplit.of(utf8(text));
        assertNotNull(split);
        assertEquals(List.of("{\"id\": \"yes\"}"), pieces(text, split));
        assertArrayEquals(utf8("{\"settings\": {\"scenarios\": [{\"id\": \"no\"}]}, \"scenarios\": []}"), split.rest());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{\"title\": \"t\"}",
        "{\"scenarios\": {}}",
        "{\"scenarios\": []}",
        "{\"scenarios\": [1, {}]}",
        "{\"scenarios\": [{}, 1]}",
        "{\"scenarios\": [{} {}]}",
        "{\"scenarios\": [{},]}",
        "{\"scenarios\": [{\"id\": \"a\"}",
        "{\"scenarios\": [{\"id\": \"a}]}",
        "{\"scen\\u0061rios\": [{}]}",
        "{\"title\": \"t\"} {\"scenarios\": [{}]}"
    })
    void whatDoesNotSplitCleanlyYieldsNoSplit(String text) {
        assertNull(ScenarioSplit.of(utf8(text)));
    }

    private static List<String> pieces(String text, ScenarioSplit split) {
        byte[] bytes = utf8(text);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < split.count(); i++) {
            pieces.add(new String(bytes, split.start(i), split.length(i), StandardCharsets.UTF_8));
        }
        return pieces;
    }
}
