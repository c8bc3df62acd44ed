package org.modesign.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list of the model whose elements have keys (ids, a line's ends, a deployment's tool and
 * region): compared and merged by key, each element by its own part, and by the order of the
 * keys. A list that is {@code whole} (the teams a role also serves on, a phase's required
 * capabilities) is one value in the diff and the canonical text, yet merged element by element.
 *
 * @param <E> the elements
 */
class KeyedList<E> extends Part<List<E>> {

    private final String name;
    private final Function<E, String> word;
    private final Function<E, String> key;
    private final Function<E, String> label;
    private final Part<E> element;
    private final boolean whole;

    KeyedList(String name, Function<E, String> word, Function<E, String> key, Function<E, String> label,
            Part<E> element, boolean whole) {
        this.name = name;
        this.word = word;
        this.key = key;
        this.label = label;
        this.element = element;
        this.whole = whole;
    }

    /** A list of ids that is one value in the diff: each id is its own key. */
    static KeyedList<String> ids(String name) {
        return new KeyedList<>(name, id -> "id", id -> id, id -> null, Atom.value(), true);
    }

    String name() {
        return name;
    }

    /** What an element is, for people: "role", "line", "capability". */
    String word(Object e) {
        return word.apply(cast(e));
    }

    /** A name a person reads beside the key (a role's title), or null. */
    String label(Object e) {
        return label.apply(cast(e));
    }

    Part<E> elementPart() {
        return element;
    }

    /** The keys of the elements, in order; unique within one list of a sound design. */
    List<String> keys(List<E> list) {
        List<String> keys = new ArrayList<>(list.size());
        for (E e : list) {
            keys.add(key.apply(e));
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private E cast(Object e) {
        return (E) e;
    }

    @Override
    void diff(Loc at, List<E> a, List<E> b, Differences out) {
        if (a.equals(b)) {
            return;
        }
        if (whole) {
            out.changed(at, a, b);
            return;
        }
        List<String> keysA = keys(a);
        List<String> keysB = keys(b);
        Map<String, Integer> inA = positions(keysA);
        Map<String, Integer> inB = positions(keysB);
        for (int i = 0; i < b.size(); i++) {
            Integer j = inA.get(keysB.get(i));
            Loc here = at.element(this, keysB.get(i), b.get(i), i);
            if (j == null) {
                out.added(here, b.get(i));
            } else {
                element.diff(here, a.get(j), b.get(i), out);
            }
        }
        for (int j = 0; j < a.size(); j++) {
            if (!inB.containsKey(keysA.get(j))) {
                out.removed(at.element(this, keysA.get(j), a.get(j), j), a.get(j));
            }
        }
        List<String> commonA = keysA.stream().filter(inB::containsKey).toList();
        List<String> commonB = keysB.stream().filter(inA::containsKey).toList();
        if (!commonA.equals(commonB)) {
            out.reordered(at, commonA, commonB);
        }
    }

    @Override
    List<E> merge(Loc at, List<E> base, List<E> ours, List<E> theirs, Conflicts out) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return ours;
        }
        if (ours.equals(base)) {
            return theirs;
        }
        return new ListMerge<>(this, at, out).merge(base, ours, theirs);
    }

    @Override
    List<E> bothAdded(Loc at, List<E> ours, List<E> theirs, Conflicts out) {
        return out.values(at, ours, theirs) ? theirs : ours;
    }

    @Override
    void facts(String prefix, String fieldName, List<E> value, Facts out) {
        if (whole) {
            out.line(prefix + fieldName, value);
            return;
        }
        List<String> keys = keys(value);
        for (int i = 0; i < value.size(); i++) {
            E e = value.get(i);
            element.facts(prefix + word.apply(e) + " " + keys.get(i) + " / ", "", e, out);
        }
    }

    /** Position of each key in {@code keys}. */
    static Map<String, Integer> positions(List<String> keys) {
        Map<String, Integer> map = new HashMap<>(keys.size() * 4 / 3 + 1);
        for (int i = 0; i < keys.size(); i++) {
            map.putIfAbsent(keys.get(i), i);
        }
        return map;
    }

    @Override
    public String toString() {
        return name;
    }
}
