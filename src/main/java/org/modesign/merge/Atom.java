package org.modesign.merge;

import java.util.Objects;

/**
 * A value compared and merged as a whole (a title, an FTE, a list of team ids in the diff). A
 * {@code moves} atom is a coordinate: a change of it is counted as a move, not listed.
 */
final class Atom<T> extends Part<T> {

    static final Atom<Object> VALUE = new Atom<>(false);
    static final Atom<Object> COORDINATE = new Atom<>(true);

    private final boolean moves;

    private Atom(boolean moves) {
        this.moves = moves;
    }

    @SuppressWarnings("unchecked")
    static <T> Atom<T> value() {
        return (Atom<T>) VALUE;
    }

    @SuppressWarnings("unchecked")
    static <T> Atom<T> coordinate() {
        return (Atom<T>) COORDINATE;
    }

    @Override
    void diff(Loc at, T a, T b, Differences out) {
        if (!Objects.equals(a, b)) {
            if (moves) {
                out.moved(at);
            } else {
                out.changed(at, a, b);
            }
        }
    }

    @Override
    T merge(Loc at, T base, T ours, T theirs, Conflicts out) {
        return mergeWhole(at, base, ours, theirs, out);
    }

    /** The three-way merge of values that have no parts of their own. */
    static <T> T mergeWhole(Loc at, T base, T ours, T theirs, Conflicts out) {
        if (Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
            return ours;
        }
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        return out.values(at, ours, theirs) ? theirs : ours;
    }

    @Override
    void facts(String prefix, String name, T value, Facts out) {
        out.line(prefix + name, value);
    }
}
