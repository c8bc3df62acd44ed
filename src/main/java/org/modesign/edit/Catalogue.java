package org.modesign.edit;

import java.util.ArrayList;
import java.util.List;
import org.modesign.model.Capability;
import org.modesign.model.Design;
import org.modesign.model.Objective;
import org.modesign.model.Obstacle;
import org.modesign.model.Phase;
import org.modesign.model.Region;
import org.modesign.model.Tool;

/**
 * Look-ups and list surgery that the edits of the capability and tool catalogues, the regions, the
 * phases and the charter's lists share: the position of an item by id (refused when there is none) and new lists with one item
 * replaced, inserted, moved or removed. Each is O(size of the list).
 */
final class Catalogue {

    private Catalogue() {
    }

    static int capabilityIndex(Design design, String id) {
        for (int i = 0; i < design.capabilities().size(); i++) {
            if (design.capabilities().get(i).id().equals(id)) {
                return i;
            }
        }
        throw EditRejected.of(EditKey.NO_CAPABILITY, id);
    }

    static int regionIndex(Design design, String id) {
        for (int i = 0; i < design.regions().size(); i++) {
            if (design.regions().get(i).id().equals(id)) {
                return i;
            }
        }
        throw EditRejected.of(EditKey.NO_REGION, id);
    }

    static int phaseIndex(Design design, String id) {
        int index = design.phaseIndex(id);
        if (index < 0) {
            throw EditRejected.of(EditKey.NO_PHASE, id);
        }
        return index;
    }

    static int toolIndex(Design design, String id) {
        for (int i = 0; i < design.tools().size(); i++) {
            if (design.tools().get(i).id().equals(id)) {
                return i;
            }
        }
        throw EditRejected.of(EditKey.NO_TOOL, id);
    }

    static int objectiveIndex(Design design, String id) {
        List<Objective> objectives = design.charter().objectives();
        for (int i = 0; i < objectives.size(); i++) {
            if (objectives.get(i).id().equals(id)) {
                return i;
            }
        }
        throw EditRejected.of(EditKey.NO_OBJECTIVE, id);
    }

    static int obstacleIndex(Design design, String id) {
        List<Obstacle> obstacles = design.charter().obstacles();
        for (int i = 0; i < obstacles.size(); i++) {
            if (obstacles.get(i).id().equals(id)) {
                return i;
            }
        }
        throw EditRejected.of(EditKey.NO_OBSTACLE, id);
    }

    /** Refuses an invalid id, or one of {@code taken}. */
    static void requireNewId(String id, List<String> taken) {
        Rules.id(id);
        if (taken.contains(id)) {
            throw EditRejected.of(EditKey.DUPLICATE_ID, id);
        }
    }

    static List<String> capabilityIds(Design design) {
        return design.capabilities().stream().map(Capability::id).toList();
    }

    /** The ids a new region may not take: the declared ones and the reserved {@code global}. */
    static List<String> regionIds(Design design) {
        List<String> ids = new ArrayList<>(design.regions().size() + 1);
        ids.add(Region.GLOBAL);
        design.regions().forEach(r -> ids.add(r.id()));
        return ids;
    }

    static List<String> toolIds(Design design) {
        return design.tools().stream().map(Tool::id).toList();
    }

    static List<String> objectiveIds(Design design) {
        return design.charter().objectives().stream().map(Objective::id).toList();
    }

    static List<String> obstacleIds(Design design) {
        return design.charter().obstacles().stream().map(Obstacle::id).toList();
    }

    static List<String> phaseIds(Design design) {
        return design.phases().stream().map(Phase::id).toList();
    }

    /** A valid id, not among {@code taken}, made from {@code name}. */
    static String freshId(List<String> taken, String name) {
        return new FreshIds(taken).next(name);
    }

    /** {@code index} brought into 0 .. {@code size} - 1. */
    static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size - 1));
    }

    static <T> List<T> replaced(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, item);
        return copy;
    }

    static <T> List<T> inserted(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(index, item);
        return copy;
    }

    static <T> List<T> removed(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    /** The list with the item at {@code from} taken out and put back at {@code to}. */
    static <T> List<T> moved(List<T> list, int from, int to) {
        List<T> copy = new ArrayList<>(list);
        copy.add(to, copy.remove(from));
        return copy;
    }
}
