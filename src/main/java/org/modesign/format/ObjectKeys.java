package org.modesign.format;

/**
 * The keys one kind of JSON object may have, in the order the writer puts them, and which of them
 * a file needs {@code "version": 2} for (format-v2.md §1).
 */
final class ObjectKeys {

    private final String kind;
    private final String[] names;
    /** The bit set of the positions of the keys that need version 2. */
    private final long version2;

    /** {@code kind} names the object in messages, e.g. "a region". At most 64 keys. */
    ObjectKeys(String kind, String... names) {
        this(kind, names, 0);
    }

    private ObjectKeys(String kind, String[] names, long version2) {
        if (names.length > Long.SIZE) {
            throw new IllegalArgumentException("too many keys");
        }
        this.kind = kind;
        this.names = names.clone();
        this.version2 = version2;
    }

    /** These keys, of which {@code newInVersion2} (all of them keys here) need version 2. */
    ObjectKeys since2(String... newInVersion2) {
        return new ObjectKeys(kind, names, mask(newInVersion2));
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

    /** Whether the key at {@code index} needs version 2. */
    boolean needsVersion2(int index) {
        return (version2 & (1L << index)) != 0;
    }

    /** The bit set of the positions of {@code subset} (all of them keys here). */
    long mask(ObjectKeys subset) {
        return mask(subset.names);
    }

    /** The bit set of the positions of {@code subset} (all of them keys here). */
    long mask(String... subset) {
        long mask = 0;
        for (String name : subset) {
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

    /** All keys joined for messages: {@code "id, name"}. */
    String list() {
        return String.join(", ", names);
    }

    /** The keys a file of {@code version} may use, joined for messages (all of them when it is not 1). */
    String list(int version) {
        if (version != 1 || version2 == 0) {
            return list();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (!needsVersion2(i)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(names[i]);
            }
        }
        return sb.toString();
    }
}
