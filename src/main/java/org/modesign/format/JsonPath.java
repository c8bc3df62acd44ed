package org.modesign.format;

/**
 * Where a value sits in the file, e.g. {@code scenarios[0].nodes[2].fte}. Built as a cheap chain
 * while reading and turned into text only when a problem is reported.
 */
final class JsonPath implements Where {

    /** The whole file; renders as the empty string. */
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    private final String key;
    private final int index;

    private JsonPath(JsonPath parent, String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    JsonPath key(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int position) {
        return new JsonPath(this, null, position);
    }

    /** This path itself. */
    @Override
    public JsonPath path() {
        return this;
    }

    /**
     * A stand-in for a required id or reference that could not be read: unique to this path and
     * never a valid id, so it cannot clash with or resolve to anything in the design.
     */
    String placeholder() {
        return "\u0000" + this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendTo(sb);
        return sb.toString();
    }

    private void appendTo(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.appendTo(sb);
        if (key == null) {
            sb.append('[').append(index).append(']');
        } else {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(key.isEmpty() ? "\"\"" : key); // an empty key is written "", or the path would end in a dot
        }
    }
}
