package org.modesign.merge;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One field of a record of the model: its name (the key of the file), how to read it, how to
 * make the record with another value of it, and how its values are compared and merged.
 */
record Field<T, V>(String name, Function<T, V> get, BiFunction<T, V, T> set, Part<V> part) {

    static <T, V> Field<T, V> of(String name, Function<T, V> get, BiFunction<T, V, T> set) {
        return new Field<>(name, get, set, Atom.value());
    }

    static <T, V> Field<T, V> of(String name, Function<T, V> get, BiFunction<T, V, T> set, Part<V> part) {
        return new Field<>(name, get, set, part);
    }

    void diff(Loc at, T a, T b, Differences out) {
        V va = get.apply(a);
        V vb = get.apply(b);
        if (va != vb) {
            part.diff(at.field(this), va, vb, out);
        }
    }

    /** Merges this field of three records into {@code result} (ours so far), returning the record to go on with. */
    T merge(Loc at, T base, T ours, T theirs, T result, Conflicts out) {
        V vo = get.apply(ours);
        V merged = part.merge(at.field(this), get.apply(base), vo, get.apply(theirs), out);
        return merged == vo ? result : set.apply(result, merged);
    }

    /** Reports how this field of two records added on both sides differs; returns {@code result} with the value kept. */
    T bothAdded(Loc at, T ours, T theirs, T result, Conflicts out) {
        V vo = get.apply(ours);
        V vt = get.apply(theirs);
        if (!java.util.Objects.equals(vo, vt)) {
            V kept = part.bothAdded(at.field(this), vo, vt, out);
            return kept == vo ? result : set.apply(result, kept);
        }
        return result;
    }

    void facts(String prefix, T value, Facts out) {
        part.facts(prefix, name, get.apply(value), out);
    }

    @SuppressWarnings("unchecked")
    Object read(Object record) {
        return get.apply((T) record);
    }
}
