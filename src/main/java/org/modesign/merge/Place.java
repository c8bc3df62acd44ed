package org.modesign.merge;

import java.util.List;
import java.util.StringJoiner;

/**
 * Where a conflict lies, by ids rather than positions, for a user interface to say in its own
 * words and to name when it chooses a side ({@link DesignMerge#merge(org.modesign.model.Design,
 * org.modesign.model.Design, org.modesign.model.Design, java.util.function.Predicate)}).
 *
 * @param scenario the scenario's id, or null outside scenarios
 * @param kind the element's word as in {@link Change#kind()} ({@code role}, {@code phase}, {@code design})
 * @param id the element's key, or null for the design
 * @param label what a person reads for the element (a role's title), or null
 * @param field the field, dotted ({@code settings.currency}), or null for the element as a whole
 * @param key the place as one stable string of ids ({@code scenario central / role r1 / title})
 */
public record Place(String scenario, String kind, String id, String label, String field, String key) {

    static Place of(Loc at) {
        Change c = Change.at(Change.Op.CHANGED, at, null, null);
        StringJoiner key = new StringJoiner(" / ");
        List<Loc> segments = at.segments();
        for (int i = 0; i < segments.size(); i++) {
            Loc s = segments.get(i);
            if (s.listSegment() != null) {
                key.add(s.listSegment().word(s.element()) + " " + s.key());
            } else if (i + 1 == segments.size() || segments.get(i + 1).listSegment() == null) {
                key.add(s.fieldSegment().name()); // a list's own field is said by its element's word
            }
        }
        return new Place(c.scenario(), c.kind(), c.id(), c.label(), c.field(), key.toString());
    }
}
