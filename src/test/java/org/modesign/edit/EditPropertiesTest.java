package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modesign.model.Design;
import org.modesign.model.Integrity;

class EditPropertiesTest {

    @Provide
    Arbitrary<List<RandomEdit>> edits() {
        Arbitrary<RandomEdit> edit = Combinators.combine(
                Arbitraries.integers().between(0, RandomEdit.KINDS - 1),
                Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50),
                Arbitraries.of(-50.0, 0.0, 0.5, 1.0, 3.0, 120.0, 10_000.0, 10_001.0, Double.NaN),
                Arbitraries.integers().between(-4, 1)).as(RandomEdit::new);
        return edit.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void undoAllGivesTheStartAndRedoAllTheEnd(@ForAll("edits") List<RandomEdit> edits) {
        Design start = Fixtures.design();
        History history = new History(start, 1_000);
        for (RandomEdit edit : edits) {
            Design before = history.current();
            try {
                EditCommand command = edit.command(before);
                Design after = history.execute(command, edit.mergeKey());
                assertEquals(command.apply(before), after);
                assertEquals(List.of(), Integrity.check(after), command::toString);
            } catch (EditRejected rejected) {
                assertSame(before, history.current());
            }
        }
        Design end = history.current();
        while (history.canUndo()) {
            history.undo();
        }
        assertSame(start, history.current());
        while (history.canRedo()) {
            history.redo();
        }
        assertSame(end, history.current());
    }

    @Property(tries = 200)
    void eachStepUndoesToTheDesignBeforeIt(@ForAll("edits") List<RandomEdit> edits) {
        History history = new History(Fixtures.design());
        for (RandomEdit edit : edits) {
            Design before = history.current();
            try {
                history.execute(edit.command(before));
            } catch (EditRejected rejected) {
                continue;
            }
            if (history.current() != before) {
                assertSame(before, history.undo());
                history.redo();
            }
        }
    }
}
