package org.modesign.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Where each value of a JSON text sits, as byte offsets: what the fuzzer swaps and blows up. */
final class JsonSpans {

    /** What kind of value a span holds. */
    enum Kind { STRING, NUMBER, BOOLEAN, NULL, OBJECT, ARRAY }

    /** The value in bytes {@code [start, end)}, the member name it is the value of (or null). */
    record Span(int start, int end, Kind kind, String key) {
    }

    private final List<Span> values = new ArrayList<>();
    private final List<Span> strings = new ArrayList<>();
    private final List<Span> ids = new ArrayList<>();
    private final List<Span> keys = new ArrayList<>();

    private static final Set<String> ID_KEYS = Set.of("id", "from", "to", "team", "region",
            "capability", "phase", "tool", "owner", "requires", "alsoIn", "capabilities");

    JsonSpans(byte[] json) {
        Deque<Span> open = new ArrayDeque<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                int start = (int) parser.currentTokenLocation().getByteOffset();
                String key = parser.getParsingContext().inObject() ? parser.currentName()
                        : parser.getParsingContext().getParent() != null
                                ? parser.getParsingContext().getParent().getCurrentName() : null;
                switch (t) {
                    case START_OBJECT, START_ARRAY -> open.push(new Span(start, -1,
                            t == JsonToken.START_OBJECT ? Kind.OBJECT : Kind.ARRAY, key));
                    case END_OBJECT, END_ARRAY -> {
                        Span s = open.pop();
                        add(new Span(s.start(), end(parser), s.kind(), s.key()));
                    }
                    case VALUE_STRING -> {
                        parser.getText();
                        add(new Span(start, end(parser), Kind.STRING, key));
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> add(new Span(start, end(parser), Kind.NUMBER, key));
                    case VALUE_TRUE, VALUE_FALSE -> add(new Span(start, end(parser), Kind.BOOLEAN, key));
                    case VALUE_NULL -> add(new Span(start, end(parser), Kind.NULL, key));
                    default -> {
                        parser.getText();
                        keys.add(new Span(start, end(parser), Kind.STRING, parser.currentName()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a sample is not JSON", e);
        }
    }

    private static int end(JsonParser parser) {
        return (int) parser.currentLocation().getByteOffset();
    }

    private void add(Span span) {
        values.add(span);
        if (span.kind() == Kind.STRING) {
            strings.add(span);
            if (span.key() != null && ID_KEYS.contains(span.key())) {
                ids.add(span);
            }
        }
    }

    /** Every value, the whole object included. */
    List<Span> values() {
        return values;
    }

    List<Span> strings() {
        return strings;
    }

    /** The member names, with their quotes. */
    List<Span> keys() {
        return keys;
    }

    /** The strings that are ids or references to ids. */
    List<Span> ids() {
        return ids;
    }
}
