package org.modesign.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a walk over two designs found: the changes, and per scenario how many nodes moved. */
final class Differences {

    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Integer> moves = new LinkedHashMap<>();
    /** The node whose move was counted last, so that a node moved in x and y counts once. */
    private Loc lastMoved;

    void changed(Loc at, Object before, Object after) {
        changes.add(Change.at(Change.Op.CHANGED, at, before, after));
    }

    void added(Loc at, Object element) {
        changes.add(Change.at(Change.Op.ADDED, at, null, element));
    }

    void removed(Loc at, Object element) {
        changes.add(Change.at(Change.Op.REMOVED, at, element, null));
    }

    void reordered(Loc at, List<String> before, List<String> after) {
        changes.add(Change.at(Change.Op.REORDERED, at, before, after));
    }

    /** A coordinate of the node at {@code at}'s parent changed. */
    void moved(Loc at) {
        if (at.parent() != lastMoved) {
            lastMoved = at.parent();
            moves.merge(at.scenario(), 1, Integer::sum);
        }
    }

    DesignDiff result() {
        return new DesignDiff(changes, moves);
    }
}
