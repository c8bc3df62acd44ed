package org.modesign.find;

import java.util.List;
import java.util.Optional;

/**
 * Where the user is in the matches of the last query: Enter goes to the first, F3 and Shift+F3 to
 * the next and previous, wrapping around at either end.
 */
public final class FindCursor {

    private List<FindHit> hits = List.of();
    private int at = -1;

    /** Takes the matches of a new query; no match is current yet. */
    public void show(List<FindHit> next) {
        hits = List.copyOf(next);
        at = -1;
    }

    public List<FindHit> hits() {
        return hits;
    }

    /** The current match's place in the list, or -1 before the first step. */
    public int position() {
        return at;
    }

    /** Makes match {@code index} current. */
    public Optional<FindHit> goTo(int index) {
        if (index < 0 || index >= hits.size()) {
            return Optional.empty();
        }
        at = index;
        return Optional.of(hits.get(at));
    }

    /** The next ({@code by} = 1) or previous ({@code by} = -1) match, wrapping; the first step goes to the first or last. */
    public Optional<FindHit> step(int by) {
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        int next = at < 0 ? (by > 0 ? 0 : hits.size() - 1) : Math.floorMod(at + by, hits.size());
        return goTo(next);
    }
}
