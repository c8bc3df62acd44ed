package org.modesign.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modesign.model.Design;
import org.modesign.model.Phase;

/**
 * The phases of a plan in order, looked up by id in O(1): the design's own order, or the order a
 * phase move would make ({@link MovePhase} checks spans against it before it moves anything).
 */
final class PhaseOrder {

    private final List<Phase> phases;
    private final Map<String, Integer> index;

    PhaseOrder(List<Phase> phases) {
        this.phases = List.copyOf(phases);
        this.index = new HashMap<>(phases.size() * 2);
        for (int i = 0; i < phases.size(); i++) {
            index.putIfAbsent(phases.get(i).id(), i);
        }
    }

    static PhaseOrder of(Design design) {
        return new PhaseOrder(design.phases());
    }

    /** The position of phase {@code id}, or -1 when the plan has no such phase. */
    int index(String id) {
        Integer i = id == null ? null : index.get(id);
        return i == null ? -1 : i;
    }

    /** The position of {@code id}, or {@code fallback} when {@code id} is null. */
    int index(String id, int fallback) {
        return id == null ? fallback : index(id);
    }

    /** The position of the last phase. */
    int last() {
        return phases.size() - 1;
    }

    /** The name of the phase at {@code position}, for sentences. */
    String name(int position) {
        return phases.get(position).name();
    }

    /** The name of phase {@code id} (its id when the plan has no such phase). */
    String name(String id) {
        int i = index(id);
        return i < 0 ? id : name(i);
    }
}
