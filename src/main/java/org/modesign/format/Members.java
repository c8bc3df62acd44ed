package org.modesign.format;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Walks the members of one JSON object whose keys are known in advance. Unknown and repeated keys
 * are reported and skipped; {@link #next()} stops on each known key with the parser on its value.
 * When the value was not an object at all (already reported), there are no members. As a
 * {@link Where}, it is the place of the current key's value.
 */
final class Members implements Where {

    private final JsonParser parser;
    private final ProblemLog log;
    private final JsonPath path;
    private final ObjectKeys keys;
    private final boolean object;
    private long seen;
    private String key;

    Members(JsonParser parser, ProblemLog log, JsonPath path, ObjectKeys keys, boolean object) {
        this.parser = parser;
        this.log = log;
        this.path = path;
        this.keys = keys;
        this.object = object;
    }

    /** Moves to the next known key; false at the end of the object. */
    boolean next() throws IOException {
        if (!object) {
            return false;
        }
        String name;
        while ((name = parser.nextFieldName()) != null) {
            parser.nextToken();
            int index = keys.indexOf(name);
            if (index < 0) {
                log.add(path.key(name), "unknown key " + Messages.quote(name) + " (it would be lost on save); "
                        + keys.kind() + " has the keys " + keys.list());
            } else if ((seen & (1L << index)) != 0) {
                log.add(path.key(name), "the key " + Messages.quote(name) + " appears more than once in this object");
            } else {
                seen |= 1L << index;
                key = name;
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** The current key. */
    String key() {
        return key;
    }

    /** The path of the current key's value. */
    @Override
    public JsonPath path() {
        return path.key(key);
    }

    /** The path of the object itself. */
    JsonPath objectPath() {
        return path;
    }

    /** Whether the object had {@code name}. */
    boolean has(String name) {
        int index = keys.indexOf(name);
        return index >= 0 && (seen & (1L << index)) != 0;
    }

    /** Reports every one of {@code names} the object lacks. */
    void require(String... names) {
        for (String name : names) {
            if (object && !has(name)) {
                log.add(path.key(name), "the required key " + Messages.quote(name) + " is missing");
            }
        }
    }

    /** The keys the object had, as a bit set over the positions of its {@link ObjectKeys}. */
    long seen() {
        return seen;
    }
}
