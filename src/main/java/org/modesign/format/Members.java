package org.modesign.format;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Walks the members of one JSON object whose keys are known in advance. Unknown and repeated keys
 * are reported and skipped, and so is a key that needs version 2 in a version 1 file;
 * {@link #next()} stops on each known key with the parser on its value.
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
    private int index;

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
        String next;
        while ((next = parser.nextFieldName()) != null) {
            String name = next;
            parser.nextToken();
            int index = keys.indexOf(name);
            if (index < 0) {
                log.add(path.key(name), version -> unknownKey(name, keys, version), false);
            } else if (keys.needsVersion2(index) && log.version() == 1) {
                log.add(path.key(name), needsVersion2(name, keys));
            } else if ((seen & (1L << index)) != 0) {
                log.add(path.key(name), "the key " + Messages.quote(name) + " appears more than once in this object");
            } else {
                if (keys.needsVersion2(index) && log.version() == 0) {
                    log.add(path.key(name), version -> version == 1 ? needsVersion2(name, keys) : null, true);
                }
                seen |= 1L << index;
                key = name;
                this.index = index;
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    /** The message for a key that is none of {@code keys} in a file of {@code version}. */
    static String unknownKey(String name, ObjectKeys keys, int version) {
        return "unknown key " + Messages.quote(name) + " (it would be lost on save); " + keys.kind() + " has the keys "
                + keys.list(version);
    }

    /** The message for a key of {@code keys} that needs version 2, in a version 1 file. */
    static String needsVersion2(String name, ObjectKeys keys) {
        return "unknown key " + Messages.quote(name) + " (needs \"version\": 2); in version 1, " + keys.kind()
                + " has the keys " + keys.list(1);
    }

    /** The current key. */
    String key() {
        return key;
    }

    /** The position of the current key among the object's keys. */
    int index() {
        return index;
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
