package org.modesign.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where a change or a conflict lies in a design: a chain of segments from the design down, each a
 * field ({@code title}) or an element of a keyed list (the scenario {@code central}, the role
 * {@code r1}). An element segment knows the element's key and its position in the design it was
 * found in (-1 when not known); {@link #path} gives the JSON path of the file, e.g.
 * {@code scenarios[0].nodes[12].title}. One is made for every element visited, so strings are
 * built only when asked for.
 */
final class Loc {

    /** The design itself. */
    static final Loc ROOT = new Loc(null, null, null, null, null, -1);

    private final Loc parent;
    /** The field this segment reads; null for an element. */
    private final Field<?, ?> field;
    /** The keyed list an element belongs to; null for a field. */
    private final KeyedList<?> list;
    private final String key;
    private final Object element;
    private final int index;

    private Loc(Loc parent, Field<?, ?> field, KeyedList<?> list, String key, Object element, int index) {
        this.parent = parent;
        this.field = field;
        this.list = list;
        this.key = key;
        this.element = element;
        this.index = index;
    }

    /** The field {@code f} of what this location holds. */
    Loc field(Field<?, ?> f) {
        return new Loc(this, f, null, null, null, -1);
    }

    /** The element with {@code elementKey} of the list at this location, at {@code position} (-1: unknown). */
    Loc element(KeyedList<?> of, String elementKey, Object value, int position) {
        return new Loc(this, null, of, elementKey, value, position);
    }

    Loc parent() {
        return parent;
    }

    Field<?, ?> fieldSegment() {
        return field;
    }

    KeyedList<?> listSegment() {
        return list;
    }

    String key() {
        return key;
    }

    Object element() {
        return element;
    }

    int index() {
        return index;
    }

    /** The segments from the design down to this one (the root left out). */
    List<Loc> segments() {
        Deque<Loc> chain = new ArrayDeque<>();
        for (Loc at = this; at != null && at != ROOT; at = at.parent) {
            chain.push(at);
        }
        return new ArrayList<>(chain);
    }

    /** The id of the scenario this location lies in, or null when it lies outside every scenario. */
    String scenario() {
        for (Loc at = this; at != null; at = at.parent) {
            if (at.list == Schema.SCENARIOS) {
                return at.key;
            }
        }
        return null;
    }

    /** The JSON path of the file, e.g. {@code scenarios[0].nodes[12].title}; {@code ?} for an unknown position. */
    String path() {
        StringBuilder sb = new StringBuilder();
        for (Loc at : segments()) {
            if (at.list != null) {
                sb.append('[').append(at.index < 0 ? "?" : String.valueOf(at.index)).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(at.field.name());
            }
        }
        return sb.toString();
    }

    /** The same element segment under another parent, at another position. */
    Loc relocated(Loc newParent, int newIndex) {
        return new Loc(newParent, field, list, key, element, newIndex);
    }

    @Override
    public String toString() {
        return path();
    }
}
