package org.modesign.format;

/** The keys one kind of JSON object may have, in the order the writer puts them. */
final class ObjectKeys {

    private final String kind;
    private final String[] names;

    /** {@code kind} names the object in messages, e.g. "a region". At most 64 keys. */
    ObjectKeys(String kind, String... names) {
        if (names.length > Long.SIZE) {
            throw new IllegalArgumentException("too many keys");
        }
        this.kind = kind;
        this.names = names.clone();
    }

    /**
     * Position of {@code name} among the keys, or -1 when it is not one of them. Names read by the
     * parser are interned, as the keys here are, so the same name is usually the same string.
     */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    String name(int index) {
        return names[index];
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
