package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Integrity;

/**
 * Random sequences of the edits of format version 2 fields on random version 2 designs: every
 * design on the way is one the loader accepts (it passes {@link Integrity} and reads back from the
 * file the writer makes), a refused edit changes nothing, and undo takes every step back exactly.
 */
class V2EditPropertiesTest {

    @Provide
    Arbitrary<List<RandomV2Edit>> edits() {
        Arbitrary<RandomV2Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, RandomV2Edit.KINDS - 1),
                Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50),
                Arbitraries.of(-1.0, 0.0, 0.5, 1.0, 3.0, 150_000.0, 10_000.0, 10_001.0, Double.NaN))
                .as(RandomV2Edit::new);
        return edit.list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<Design> designs() {
        return Arbitraries.longs().map(V2Designs::generate);
    }

    @Property(tries = 300)
    void generatedDesignsAreSoundAndReadBackAsWritten(@ForAll("designs") Design design) {
        assertEquals(List.of(), Integrity.check(design));
        assertReadsBack(design);
    }

    @Property(tries = 300)
    void everyDesignOnTheWayIsSoundAndUndoAllGivesTheStart(@ForAll("designs") Design start,
            @ForAll("edits") List<RandomV2Edit> edits) {
        History history = new History(start, 1_000);
        for (RandomV2Edit edit : edits) {
            Design before = history.current();
            try {
                EditCommand command = edit.command(before);
                Design after = history.execute(command);
                assertEquals(command.apply(before), after, command::toString);
                assertEquals(List.of(), Integrity.check(after), command::toString);
            } catch (EditRejected rejected) {
                assertSame(before, history.current());
                assertTrue(!rejected.getMessage().isBlank());
            }
        }
        Design end = history.current();
        assertReadsBack(end);
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
    void eachStepUndoesToTheDesignBeforeIt(@ForAll("designs") Design start, @ForAll("edits") List<RandomV2Edit> edits) {
        History history = new History(start);
        for (RandomV2Edit edit : edits) {
            Design before = history.current();
            try {
                history.execute(edit.command(before));
            } catch (EditRejected rejected) {
                continue;
            }
            if (history.current() != before) {
                Design after = history.current();
                assertEquals(before, history.undo());
                assertSame(after, history.redo());
            }
        }
    }

    private static void assertReadsBack(Design design) {
        String json = new DesignWriter().toJson(design);
        LoadResult read = new DesignReader().parse(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read.problems(), json);
        assertEquals(design, read.design());
    }
}
