package org.modesign.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Predicate;
import org.modesign.model.Design;

/**
 * The conflicts a merge meets, in the order it meets them. A conflict found while merging names
 * its place by ids; {@link #located} turns that into the JSON path of the merged design.
 */
final class Conflicts {

    /** A conflict whose path is not known yet. */
    private record Pending(Conflict.Kind kind, Loc at, String ours, String theirs, String resolution) {
    }

    private final List<Object> found = new ArrayList<>();
    /** Whether the conflict at a place (its {@link Place#key()}) takes theirs instead of ours. */
    private final Predicate<String> theirsAt;

    /** Conflicts that all keep ours. */
    Conflicts() {
        this(key -> false);
    }

    /** Conflicts that take theirs where {@code theirsAt} says so, and keep ours elsewhere. */
    Conflicts(Predicate<String> theirsAt) {
        this.theirsAt = theirsAt;
    }

    /** One value changed (or added) two ways; true when theirs is taken, false when ours is kept. */
    boolean values(Loc at, Object ours, Object theirs) {
        boolean taken = theirsAt.test(Place.of(at).key());
        found.add(new Pending(Conflict.Kind.BOTH_CHANGED, at, Values.text(ours), Values.text(theirs),
                taken ? "took theirs" : "kept ours"));
        return taken;
    }

    /** We changed the element at {@code at}, they deleted it; true when it is deleted (theirs), false when ours is kept. */
    boolean changedDeleted(Loc at, Object base, Object ours) {
        boolean taken = theirsAt.test(Place.of(at).key());
        found.add(new Pending(Conflict.Kind.CHANGED_DELETED, at, "changed it" + summary(at, base, ours),
                "deleted it", taken ? "deleted it, as in theirs" : "kept ours"));
        return taken;
    }

    /** We deleted the element at {@code at}, they changed it; true when theirs is kept, false when it stays deleted. */
    boolean deletedChanged(Loc at, Object base, Object theirs) {
        boolean taken = theirsAt.test(Place.of(at).key());
        found.add(new Pending(Conflict.Kind.DELETED_CHANGED, at, "deleted it", "changed it" + summary(at, base, theirs),
                taken ? "kept theirs" : "it stays deleted, as in ours"));
        return taken;
    }

    /** Both sides changed the order of the list at {@code at}, differently; true when their order is taken. */
    boolean order(Loc at, List<String> ours, List<String> theirs) {
        boolean taken = theirsAt.test(Place.of(at).key());
        found.add(new Pending(Conflict.Kind.ORDER, at, "ordered it " + Values.text(ours),
                "ordered it " + Values.text(theirs), taken ? "took their order" : "kept our order"));
        return taken;
    }

    /** The merged design did not load for the problem at {@code path}; it was resolved so. */
    void unsound(String path, String where, String problem, String resolution) {
        found.add(new Conflict(Conflict.Kind.UNSOUND, path, "merged", where, problem, "", resolution, null));
    }

    /** The conflicts with their paths: in {@code merged} when it holds the place, else in ours, theirs, the base. */
    List<Conflict> located(Design merged, Design ours, Design theirs, Design base) {
        Locate[] designs = {new Locate(merged), new Locate(ours), new Locate(theirs), new Locate(base)};
        String[] names = {"merged", "ours", "theirs", "base"};
        List<Conflict> conflicts = new ArrayList<>(found.size());
        for (Object f : found) {
            if (f instanceof Conflict c) {
                conflicts.add(c);
                continue;
            }
            Pending p = (Pending) f;
            Loc at = p.at();
            String in = "merged";
            for (int i = 0; i < designs.length; i++) {
                Loc found = designs[i].find(p.at());
                if (found != null) {
                    at = found;
                    in = names[i];
                    break;
                }
            }
            conflicts.add(new Conflict(p.kind(), at.path(), in, Describe.where(p.at()), p.ours(), p.theirs(),
                    p.resolution(), Place.of(p.at())));
        }
        return conflicts;
    }

    /** " (title "A" -> "B", fte 1 -> 0.5)": what changed from {@code base} to {@code changed}, briefly. */
    @SuppressWarnings("unchecked")
    private static String summary(Loc at, Object base, Object changed) {
        Differences d = new Differences();
        ((Part<Object>) at.listSegment().elementPart()).diff(at, base, changed, d);
        List<Change> changes = d.result().changes();
        if (changes.isEmpty()) {
            return d.result().moves().isEmpty() ? "" : " (moved it)";
        }
        StringJoiner sj = new StringJoiner(", ", " (", ")");
        for (int i = 0; i < Math.min(3, changes.size()); i++) {
            Change c = changes.get(i);
            sj.add(c.field() + " " + Values.text(c.before()) + " -> " + Values.text(c.after()));
        }
        if (changes.size() > 3) {
            sj.add("and " + (changes.size() - 3) + " more");
        }
        return sj.toString();
    }
}
