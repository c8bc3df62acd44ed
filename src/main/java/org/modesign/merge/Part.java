package org.modesign.merge;

/**
 * How values of one kind of the model are told apart ({@link #diff}) and merged three ways
 * ({@link #merge}). The parts of the model are described once, in {@link Schema}; the diff, the
 * merge and the canonical text all walk that description.
 *
 * @param <T> the type of the values
 */
abstract class Part<T> {

    /** Reports to {@code out} how {@code b} differs from {@code a}. */
    abstract void diff(Loc at, T a, T b, Differences out);

    /**
     * The three-way merge of one value that {@code base}, {@code ours} and {@code theirs} all
     * have: a change that only one side made is taken, the same change on both sides is one
     * change, and two different changes are a conflict that keeps ours.
     */
    abstract T merge(Loc at, T base, T ours, T theirs, Conflicts out);

    /**
     * Reports that both sides added a value here, without a base, and that they differ; returns
     * the value to keep (ours, or theirs where that side was chosen).
     */
    T bothAdded(Loc at, T ours, T theirs, Conflicts out) {
        return out.values(at, ours, theirs) ? theirs : ours;
    }

    /**
     * Writes the facts of {@code value} as lines of the canonical text: {@code prefix} names its
     * owner ({@code "scenario central / role r1 / "}, {@code "settings."}), {@code name} the value
     * itself ({@code ""} for an element of a list).
     */
    abstract void facts(String prefix, String name, T value, Facts out);
}
