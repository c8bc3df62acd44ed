package org.modesign.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.modesign.model.Design;

/**
 * The current design and the steps that led to it, for undo and redo. Each step keeps the design
 * before and after it: designs are immutable and share their unchanged parts, so a snapshot costs
 * little and undo is always exact. At most {@link #capacity()} steps are kept; the oldest go first.
 *
 * <p>A drag is one step: execute each drag step with the same merge key, then {@link #endMerge()}
 * when the mouse is released. Not thread-safe: use it from one thread (the UI thread).
 */
public final class History {

    /** How many steps a history keeps unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 500;

    private record Step(Design before, Design after, EditText text) {
    }

    private final int capacity;
    private final Deque<Step> undoSteps = new ArrayDeque<>();
    private final Deque<Step> redoSteps = new ArrayDeque<>();
    private final List<HistoryListener> listeners = new CopyOnWriteArrayList<>();
    private Design current;
    private Design saved;
    private long revision;
    private Object mergeKey;

    /** A history of {@link #DEFAULT_CAPACITY} steps starting at {@code initial}, which counts as saved. */
    public History(Design initial) {
        this(initial, DEFAULT_CAPACITY);
    }

    /** A history of at most {@code capacity} (at least 1) steps starting at {@code initial}. */
    public History(Design initial, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
        this.current = Objects.requireNonNull(initial, "initial");
        this.saved = initial;
    }

    public Design current() {
        return current;
    }

    public int capacity() {
        return capacity;
    }

    /** Counts every change of the current design (edit, undo, redo, reset); starts at 0. */
    public long revision() {
        return revision;
    }

    /** Applies {@code command} as a new step; same as {@code execute(command, null)}. */
    public Design execute(EditCommand command) {
        return execute(command, null);
    }

    /**
     * Applies {@code command} to the current design and returns the new one. When {@code mergeKey}
     * is not null and equals the key of the step just executed (with no undo, redo or
     * {@link #endMerge()} since), the two become one step: the design before the first, the design
     * after this one, the name of this one. An edit that changes nothing adds no step. Clears the
     * redo steps.
     *
     * @throws EditRejected when the edit is impossible; then nothing changes
     */
    public Design execute(EditCommand command, Object mergeKey) {
        Design after = Objects.requireNonNull(command.apply(current), "a command returned no design");
        if (after.equals(current)) {
            return current;
        }
        if (mergeKey != null && mergeKey.equals(this.mergeKey) && !undoSteps.isEmpty()) {
            Step first = undoSteps.pop();
            undoSteps.push(new Step(first.before(), after, command.text()));
        } else {
            undoSteps.push(new Step(current, after, command.text()));
            if (undoSteps.size() > capacity) {
                undoSteps.removeLast();
            }
        }
        this.mergeKey = mergeKey;
        redoSteps.clear();
        change(after);
        return current;
    }

    /** Ends the current merge: the next execute starts a new step whatever its key. */
    public void endMerge() {
        mergeKey = null;
    }

    public boolean canUndo() {
        return !undoSteps.isEmpty();
    }

    public boolean canRedo() {
        return !redoSteps.isEmpty();
    }

    /** Goes back one step and returns the design before it; does nothing when there is none. */
    public Design undo() {
        if (canUndo()) {
            Step step = undoSteps.pop();
            redoSteps.push(step);
            mergeKey = null;
            change(step.before());
        }
        return current;
    }

    /** Does the last undone step again and returns the design after it; does nothing when there is none. */
    public Design redo() {
        if (canRedo()) {
            Step step = redoSteps.pop();
            undoSteps.push(step);
            mergeKey = null;
            change(step.after());
        }
        return current;
    }

    /** The name of the step {@link #undo()} would take back, e.g. "Move 3 cards". */
    public Optional<String> undoDescription() {
        return undoText().map(EditText::english);
    }

    /** The name of the step {@link #redo()} would do again. */
    public Optional<String> redoDescription() {
        return redoText().map(EditText::english);
    }

    /** {@link #undoDescription()} as a key and arguments, for translation. */
    public Optional<EditText> undoText() {
        return Optional.ofNullable(undoSteps.peek()).map(Step::text);
    }

    /** {@link #redoDescription()} as a key and arguments, for translation. */
    public Optional<EditText> redoText() {
        return Optional.ofNullable(redoSteps.peek()).map(Step::text);
    }

    /** Forgets every step and starts again at {@code design}, which counts as saved (e.g. after opening a file). */
    public void reset(Design design) {
        Objects.requireNonNull(design, "design");
        undoSteps.clear();
        redoSteps.clear();
        mergeKey = null;
        saved = design;
        change(design);
    }

    /** Records that the current design has been saved. */
    public void markSaved() {
        markSaved(current);
    }

    /**
     * Records that {@code written} has been saved: one of this history's designs, perhaps no longer
     * the current one (it was written while edits went on). The history is clean while it is at
     * that design, and again when undo or redo come back to it.
     */
    public void markSaved(Design written) {
        saved = Objects.requireNonNull(written, "written");
        notifyListeners();
    }

    /**
     * Whether the current design differs from the last saved one. The saved design is remembered
     * itself, not its revision, so undoing back to it makes the history clean again.
     */
    public boolean isDirty() {
        return current != saved;
    }

    public void addListener(HistoryListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(HistoryListener listener) {
        listeners.remove(listener);
    }

    private void change(Design design) {
        current = design;
        revision++;
        notifyListeners();
    }

    private void notifyListeners() {
        for (HistoryListener listener : listeners) {
            listener.historyChanged(this);
        }
    }
}
