package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modesign.edit.Fixtures.CENTRAL;
import static org.modesign.edit.Fixtures.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modesign.model.Design;

class HistoryTest {

    private final Design start = Fixtures.design();
    private final History history = new History(start);

    private static MoveNodes move(double dx) {
        return MoveNodes.by(CENTRAL, List.of("r1"), dx, 0);
    }

    @Test
    void aNewHistoryIsCleanAndHasNothingToUndo() {
        assertSame(start, history.current());
        assertFalse(history.canUndo());
        assertFalse(history.canRedo());
        assertFalse(history.isDirty());
        assertEquals(0, history.revision());
        assertEquals(Optional.empty(), history.undoDescription());
        assertSame(start, history.undo());
        assertSame(start, history.redo());
        assertEquals(0, history.revision());
        assertEquals(History.DEFAULT_CAPACITY, history.capacity());
    }

    @Test
    void undoAndRedoReturnTheExactDesigns() {
        Design one = history.execute(new SetFte(CENTRAL, "r1", 3));
        Design two = history.execute(move(10));
        assertEquals(Optional.of("Move card"), history.undoDescription());
        assertSame(one, history.undo());
        assertEquals(Optional.of("Set FTE"), history.undoDescription());
        assertEquals(Optional.of("Move card"), history.redoDescription());
        assertSame(start, history.undo());
        assertFalse(history.canUndo());
        assertSame(one, history.redo());
        assertSame(two, history.redo());
        assertFalse(history.canRedo());
        assertEquals(6, history.revision());
    }

    @Test
    void anEditAfterUndoDropsTheRedoSteps() {
        history.execute(move(10));
        history.undo();
        history.execute(move(20));
        assertFalse(history.canRedo());
        assertEquals(340, node(history.current(), CENTRAL, "r1").x());
    }

    @Test
    void aRefusedEditChangesNothing() {
        history.execute(move(10));
        Design before = history.current();
        long revision = history.revision();
        assertThrows(EditRejected.class, () -> history.execute(new SetFte(CENTRAL, "r1", -1)));
        assertSame(before, history.current());
        assertEquals(revision, history.revision());
        assertEquals(Optional.of("Move card"), history.undoDescription());
    }

    @Test
    void anEditThatChangesNothingAddsNoStep() {
        history.execute(new SetFte(CENTRAL, "r1", 1));
        assertFalse(history.canUndo());
        assertEquals(0, history.revision());
    }

    @Test
    void executesWithTheSameMergeKeyBecomeOneStep() {
        Object drag = new Object();
        history.execute(move(10), drag);
        history.execute(move(10), drag);
        Design end = history.execute(move(10), drag);
        history.endMerge();
        assertEquals(350, node(end, CENTRAL, "r1").x());
        assertEquals(Optional.of("Move card"), history.undoDescription());
        assertSame(start, history.undo());
        assertFalse(history.canUndo());
        assertSame(end, history.redo());
    }

    @Test
    void endMergeUndoAndAnotherKeyStartNewSteps() {
        Object drag = "drag";
        history.execute(move(1), drag);
        history.endMerge();
        history.execute(move(1), drag);
        history.execute(move(1), "other");
        history.execute(move(1));
        history.execute(move(1), drag);
        history.undo();
        history.execute(move(1), drag);
        int steps = 0;
        while (history.canUndo()) {
            history.undo();
            steps++;
        }
        assertEquals(5, steps);
        assertSame(start, history.current());
    }

    @Test
    void theOldestStepsGoBeyondTheCapacity() {
        History small = new History(start, 3);
        for (int i = 1; i <= 5; i++) {
            small.execute(move(i));
        }
        int steps = 0;
        while (small.canUndo()) {
            small.undo();
            steps++;
        }
        assertEquals(3, steps);
        assertEquals(323, node(small.current(), CENTRAL, "r1").x());
        assertThrows(IllegalArgumentException.class, () -> new History(start, 0));
    }

    @Test
    void dirtyFollowsTheSavedDesignThroughUndoAndRedo() {
        history.execute(move(1));
        assertTrue(history.isDirty());
        history.markSaved();
        assertFalse(history.isDirty());
        history.undo();
        assertTrue(history.isDirty());
        history.redo();
        assertFalse(history.isDirty());
        history.execute(move(1));
        assertTrue(history.isDirty());
    }

    @Test
    void aDesignSavedWhileEditsWentOnIsCleanOnlyWhenShownAgain() {
        Design written = history.execute(move(1));
        history.execute(move(2)); // made while "written" was being saved
        history.markSaved(written);
        assertTrue(history.isDirty(), "the later edit is not in the file");
        history.undo();
        assertSame(written, history.current());
        assertFalse(history.isDirty());
        history.undo();
        assertTrue(history.isDirty());
    }

    @Test
    void resetForgetsEverythingAndCountsAsSaved() {
        history.execute(move(1));
        long revision = history.revision();
        Design other = new RenameDesign("Other").apply(start);
        history.reset(other);
        assertSame(other, history.current());
        assertFalse(history.canUndo());
        assertFalse(history.canRedo());
        assertFalse(history.isDirty());
        assertEquals(revision + 1, history.revision());
    }

    @Test
    void listenersHearEveryChangeAfterItHappened() {
        List<String> heard = new ArrayList<>();
        HistoryListener listener = h -> heard.add(h.revision() + (h.isDirty() ? "*" : ""));
        history.addListener(listener);
        history.execute(move(1));
        history.undo();
        history.redo();
        history.markSaved();
        assertThrows(EditRejected.class, () -> history.execute(new SetFte(CENTRAL, "r1", 0)));
        history.reset(start);
        history.removeListener(listener);
        history.execute(move(1));
        assertEquals(List.of("1*", "2", "3*", "3", "4"), heard);
    }

    @Test
    void undoTextKeepsTheKeyForTranslation() {
        history.execute(MoveNodes.by(CENTRAL, List.of("r1", "r2", "ceo"), 5, 5));
        EditText text = history.undoText().orElseThrow();
        assertEquals(EditKey.MOVE_CARDS, text.key());
        assertEquals(List.of(3), text.args());
        assertEquals("Move 3 cards", text.english());
    }
}
