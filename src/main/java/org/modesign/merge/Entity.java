package org.modesign.merge;

import java.util.List;

/** A record of the model compared and merged field by field. */
final class Entity<T> extends Part<T> {

    private final List<Field<T, ?>> fields;

    Entity(List<Field<T, ?>> fields) {
        this.fields = List.copyOf(fields);
    }

    List<Field<T, ?>> fields() {
        return fields;
    }

    @Override
    void diff(Loc at, T a, T b, Differences out) {
        if (a.equals(b)) {
            return;
        }
        for (Field<T, ?> f : fields) {
            f.diff(at, a, b, out);
        }
    }

    @Override
    T merge(Loc at, T base, T ours, T theirs, Conflicts out) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        T result = ours;
        for (Field<T, ?> f : fields) {
            result = f.merge(at, base, ours, theirs, result, out);
        }
        return result;
    }

    @Override
    T bothAdded(Loc at, T ours, T theirs, Conflicts out) {
        T result = ours;
        for (Field<T, ?> f : fields) {
            result = f.bothAdded(at, ours, theirs, result, out);
        }
        return result;
    }

    @Override
    void facts(String prefix, String name, T value, Facts out) {
        String inner = name.isEmpty() ? prefix : prefix + name + ".";
        for (Field<T, ?> f : fields) {
            f.facts(inner, value, out);
        }
    }
}
