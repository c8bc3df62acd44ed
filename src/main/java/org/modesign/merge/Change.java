package org.modesign.merge;

import java.util.List;
import java.util.StringJoiner;

/**
 * One difference between two designs, by id: an element added or removed, a field changed, or the
 * order of a list changed.
 *
 * @param op what happened
 * @param path the JSON path: in the second design, or in the first for what was removed
 * @param scenario the scenario's id, or null outside scenarios
 * @param kind what changed: {@code design}, {@code region}, {@code capability}, {@code tool},
 *     {@code phase}, {@code readiness}, {@code objective}, {@code obstacle}, {@code scenario},
 *     {@code executive}, {@code team}, {@code role}, {@code line}, {@code deployment}
 * @param id the element's key (a line: {@code from -> to}; a deployment: {@code tool@region}), or
 *     null for the design
 * @param label what a person reads for the element (a role's title), or null
 * @param field the field that changed ({@code title}, {@code settings.currency}); for
 *     {@link Op#REORDERED} the list; null when an element was added or removed
 * @param before the old value (the element, for one removed; the keys in order, for a new order)
 * @param after the new value
 */
public record Change(Op op, String path, String scenario, String kind, String id, String label, String field,
        Object before, Object after) {

    /** What happened. */
    public enum Op {
        ADDED,
        REMOVED,
        CHANGED,
        REORDERED
    }

    static Change at(Op op, Loc at, Object before, Object after) {
        List<Loc> segments = at.segments();
        int element = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).listSegment() != null) {
                element = i;
            }
        }
        String kind = "design";
        String id = null;
        String label = null;
        if (element >= 0) {
            Loc e = segments.get(element);
            kind = e.listSegment().word(e.element());
            id = e.key();
            label = e.listSegment().label(e.element());
        }
        StringJoiner field = new StringJoiner(".");
        for (int i = element + 1; i < segments.size(); i++) {
            field.add(segments.get(i).fieldSegment().name());
        }
        return new Change(op, at.path(), at.scenario(), kind, id, label,
                field.length() == 0 ? null : field.toString(), before, after);
    }
}
