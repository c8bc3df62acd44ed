package org.modesign.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.modesign.format.LimitBreach.Limit;
import org.modesign.model.Design;
import org.modesign.model.Scenario;

/**
 * The writer's side of the reader's limits ({@link ReadLimits}): whether a design, or the text
 * written for it, would be refused when read back. Each check returns the breach, or null.
 */
final class WriteCheck {

    /** Parses the writer's own text to find where an over-long string sits, whatever its length. */
    private static final JsonFactory UNLIMITED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).build())
            .build();

    private WriteCheck() {
    }

    /** More nodes than the reader reads, all scenarios together; checked before anything is written. */
    static LimitBreach nodes(Design design) {
        long nodes = 0;
        for (Scenario scenario : design.scenarios()) {
            nodes += scenario.nodes().size();
        }
        return nodes > ReadLimits.MAX_NODES ? new LimitBreach(Limit.NODES, "", nodes) : null;
    }

    /** A string too long or nesting too deep in {@code text}, which {@code json} wrote. */
    static LimitBreach text(JsonText json, byte[] text) {
        if (json.longestString() > ReadLimits.MAX_STRING_CHARS) {
            return longString(text);
        }
        if (json.deepest() > ReadLimits.MAX_NESTING) {
            return new LimitBreach(Limit.NESTING, "", json.deepest());
        }
        return null;
    }

    /** A file of {@code bytes} bytes that is larger than the reader reads. */
    static LimitBreach bytes(long bytes) {
        return bytes > ReadLimits.MAX_FILE_BYTES ? new LimitBreach(Limit.FILE_BYTES, "", bytes) : null;
    }

    /** The first string of {@code text} longer than the limit, with its path. */
    private static LimitBreach longString(byte[] text) {
        try (JsonParser parser = UNLIMITED.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && parser.getTextLength() > ReadLimits.MAX_STRING_CHARS) {
                    return new LimitBreach(Limit.STRING_CHARS, path(parser.getParsingContext(), token),
                            parser.getTextLength());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the writer's own text could not be parsed", e);
        }
        throw new IllegalStateException("the writer counted a string that its text does not hold");
    }

    /** The context's path in the notation of the reader's problems: {@code scenarios[0].nodes[3].title}. */
    private static String path(JsonStreamContext context, JsonToken token) {
        JsonPath path = JsonPath.ROOT;
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = path.index(c.getCurrentIndex());
            } else if (c.getCurrentName() != null && (c != context || token != JsonToken.FIELD_NAME)) {
                path = path.key(c.getCurrentName());
            }
        }
        return path.toString();
    }
}
