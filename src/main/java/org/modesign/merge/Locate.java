package org.modesign.merge;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Design;

/** Finds the place a {@link Loc} names, by keys, in one design: its JSON path there. */
final class Locate {

    private final Design design;
    /** Positions of the keys of each list looked into, by the list's identity. */
    private final Map<List<?>, Map<String, Integer>> positions = new IdentityHashMap<>();

    Locate(Design design) {
        this.design = design;
    }

    /** {@code at} with the positions of {@link #design}, or null when the design does not hold that place. */
    @SuppressWarnings("unchecked")
    Loc find(Loc at) {
        Object current = design;
        Loc found = Loc.ROOT;
        for (Loc segment : at.segments()) {
            if (segment.fieldSegment() != null) {
                current = segment.fieldSegment().read(current);
                found = found.field(segment.fieldSegment());
            } else {
                List<Object> list = (List<Object>) current;
                KeyedList<Object> keyed = (KeyedList<Object>) segment.listSegment();
                Integer i = positions.computeIfAbsent(list, l -> KeyedList.positions(keyed.keys(list)))
                        .get(segment.key());
                if (i == null) {
                    return null;
                }
                current = list.get(i);
                found = segment.relocated(found, i);
            }
        }
        return found;
    }
}
