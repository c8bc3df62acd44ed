package org.modesign.format;

import java.util.List;

/** The keys one kind of JSON object may have, in the order the writer puts them. */
final class ObjectKeys {

    private final String kind;
    private final List<String> names;

    /** {@code kind} names the object in messages, e.g. "a region". At most 64 keys. */
    ObjectKeys(String kind, String... names) {
        if (names.length > Long.SIZE) {
            throw new IllegalArgumentException("too many keys");
        }
        this.kind = kind;
        this.names = List.of(names);
    }

    /** Position of {@code name} among the keys, or -1 when it is not one of them. */
    int indexOf(String name) {
        return names.indexOf(name);
    }

    String name(int index) {
        return names.get(index);
    }

    /** The bit set of the positions of {@code subset} (all of them keys here). */
    long mask(ObjectKeys subset) {
        long mask = 0;
        for (String name : subset.names) {
            int index = indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException(name);
            }
            mask |= 1L << index;
        }
        return mask;
    }

    String kind() {
        return kind;
    }

    /** The keys joined for messages: {@code "id, name"}. */
    String list() {
        return String.join(", ", names);
    }
}
