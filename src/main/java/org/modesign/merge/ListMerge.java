package org.modesign.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three-way merge of one keyed list: which elements the result keeps, each merged by its own
 * part, and in which order.
 *
 * <p>Elements: one that only one side added is kept; one that one side deleted and the other left
 * as it was is deleted; one deleted on one side and changed on the other is a conflict that keeps
 * ours (kept when we changed it, gone when we deleted it); one added on both sides is kept once,
 * and when the two differ that is a conflict that keeps ours.
 *
 * <p>Order: the elements that base, ours and theirs all have keep the order of the side that
 * changed it (ours when both changed it the same way; a conflict that keeps ours when both
 * changed it in different ways). Every other element comes right after the element before it on
 * the side that has it; when both sides put elements at one place, the runs go in the order of
 * their keys, so the result does not depend on which side is ours when nothing conflicts.
 */
final class ListMerge<E> {

    private static final Comparator<List<String>> RUNS = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final KeyedList<E> list;
    private final Loc at;
    private final Conflicts out;

    ListMerge(KeyedList<E> list, Loc at, Conflicts out) {
        this.list = list;
        this.at = at;
        this.out = out;
    }

    List<E> merge(List<E> base, List<E> ours, List<E> theirs) {
        List<String> kb = list.keys(base);
        List<String> ko = list.keys(ours);
        List<String> kt = list.keys(theirs);
        Map<String, Integer> pb = KeyedList.positions(kb);
        Map<String, Integer> po = KeyedList.positions(ko);
        Map<String, Integer> pt = KeyedList.positions(kt);
        Map<String, E> kept = new HashMap<>((ours.size() + theirs.size()) * 4 / 3 + 1);
        for (int i = 0; i < ours.size(); i++) {
            String k = ko.get(i);
            E merged = fromOurs(k, ours.get(i), at(pb, k, base), at(pt, k, theirs));
            if (merged != null) {
                kept.put(k, merged);
            }
        }
        for (int j = 0; j < theirs.size(); j++) {
            String k = kt.get(j);
            if (!po.containsKey(k)) {
                E b = at(pb, k, base);
                if (b == null) {
                    kept.put(k, theirs.get(j));
                } else if (!theirs.get(j).equals(b)
                        && out.deletedChanged(at.element(list, k, theirs.get(j), -1), b, theirs.get(j))) {
                    kept.put(k, theirs.get(j));
                }
            }
        }
        List<E> result = new ArrayList<>(kept.size());
        for (String k : order(kb, ko, kt, pb, po, pt, kept)) {
            result.add(kept.get(k));
        }
        return result;
    }

    /** The element of ours with key {@code k} as merged, or null when it is deleted. */
    private E fromOurs(String k, E ours, E base, E theirs) {
        Loc here = at.element(list, k, ours, -1);
        if (base != null && theirs != null) {
            return list.elementPart().merge(here, base, ours, theirs, out);
        }
        if (base != null) {
            if (ours.equals(base)) {
                return null;
            }
            return out.changedDeleted(here, base, ours) ? null : ours;
        }
        if (theirs != null && !ours.equals(theirs)) {
            return list.elementPart().bothAdded(here, ours, theirs, out);
        }
        return ours;
    }

    private static <E> E at(Map<String, Integer> positions, String k, List<E> list) {
        Integer i = positions.get(k);
        return i == null ? null : list.get(i);
    }

    private List<String> order(List<String> kb, List<String> ko, List<String> kt, Map<String, Integer> pb,
            Map<String, Integer> po, Map<String, Integer> pt, Map<String, E> kept) {
        List<String> seqB = common(kb, po, pt, kept);
        List<String> seqO = common(ko, pb, pt, kept);
        List<String> seqT = common(kt, pb, po, kept);
        List<String> skeleton = seqO;
        if (seqO.equals(seqB)) {
            skeleton = seqT;
        } else if (!seqT.equals(seqB) && !seqT.equals(seqO) && out.order(at, seqO, seqT)) {
            skeleton = seqT;
        }
        Set<String> inSkeleton = new HashSet<>(skeleton);
        Map<String, List<List<String>>> runs = new HashMap<>();
        collectRuns(ko, inSkeleton, kept, runs);
        collectRuns(kt, inSkeleton, kept, runs);
        List<String> order = new ArrayList<>(kept.size());
        Set<String> emitted = new HashSet<>(kept.size() * 4 / 3 + 1);
        emit(runs.get(null), order, emitted);
        for (String k : skeleton) {
            order.add(k);
            emitted.add(k);
            emit(runs.get(k), order, emitted);
        }
        return order;
    }

    /** The keys of {@code keys} that the two other lists have too and that the result keeps. */
    private static <E> List<String> common(List<String> keys, Map<String, Integer> other1, Map<String, Integer> other2,
            Map<String, E> kept) {
        List<String> common = new ArrayList<>(keys.size());
        for (String k : keys) {
            if (other1.containsKey(k) && other2.containsKey(k) && kept.containsKey(k)) {
                common.add(k);
            }
        }
        return common;
    }

    /** Runs of kept keys of one side that are not in the skeleton, by the skeleton key before them (null: first). */
    private static <E> void collectRuns(List<String> keys, Set<String> inSkeleton, Map<String, E> kept,
            Map<String, List<List<String>>> runs) {
        String anchor = null;
        List<String> run = null;
        for (String k : keys) {
            if (inSkeleton.contains(k)) {
                anchor = k;
                run = null;
            } else if (kept.containsKey(k)) {
                if (run == null) {
                    run = new ArrayList<>();
                    runs.computeIfAbsent(anchor, a -> new ArrayList<>()).add(run);
                }
                run.add(k);
            }
        }
    }

    private static void emit(List<List<String>> runsHere, List<String> order, Set<String> emitted) {
        if (runsHere == null) {
            return;
        }
        if (runsHere.size() > 1) {
            runsHere.sort(RUNS);
        }
        for (List<String> run : runsHere) {
            for (String k : run) {
                if (emitted.add(k)) {
                    order.add(k);
                }
            }
        }
    }
}
