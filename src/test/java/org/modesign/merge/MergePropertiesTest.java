package org.modesign.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.modesign.edit.RandomVariants;
import org.modesign.format.DesignReader;
import org.modesign.format.DesignWriter;
import org.modesign.format.LoadResult;
import org.modesign.model.Design;
import org.modesign.model.Integrity;

/**
 * The merge and the diff on generated designs: a random version 2 design as the base, and two
 * variants of it, each made by 1 to 30 random edits of the editor (so every field of format v1
 * and v2 changes, nodes come and go, phases and capabilities move and disappear).
 */
class MergePropertiesTest {

    /** A base and two variants of it. */
    record Triple(Design base, Design a, Design b) {
    }

    @Provide
    Arbitrary<Triple> triples() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(1, 30)).as((seed, editsA, editsB) -> {
                    Design base = RandomVariants.design(seed);
                    return new Triple(base, RandomVariants.edited(base, seed * 31 + 1, editsA),
                            RandomVariants.edited(base, seed * 31 + 2, editsB));
                });
    }

    @Property(tries = 300)
    void mergingAnUnchangedSideGivesTheOther(@ForAll("triples") Triple t) {
        MergeResult keepOurs = DesignMerge.merge(t.base(), t.a(), t.base());
        assertEquals(List.of(), keepOurs.conflicts());
        assertEquals(t.a(), keepOurs.design());
        MergeResult takeTheirs = DesignMerge.merge(t.base(), t.base(), t.a());
        assertEquals(List.of(), takeTheirs.conflicts());
        assertEquals(t.a(), takeTheirs.design());
    }

    @Property(tries = 300)
    void withoutConflictTheSidesCommute(@ForAll("triples") Triple t) {
        MergeResult ab = DesignMerge.merge(t.base(), t.a(), t.b());
        MergeResult ba = DesignMerge.merge(t.base(), t.b(), t.a());
        Statistics.label("merge").collect(t.a().equals(t.base()) || t.b().equals(t.base()) ? "a side unchanged"
                : ab.clean() ? "both changed, no conflict" : "both changed, conflicts");
        assertEquals(ab.clean(), ba.clean(), () -> ab.conflicts() + "\n" + ba.conflicts());
        if (ab.clean()) {
            assertEquals(ab.design(), ba.design());
        }
    }

    @Property(tries = 300)
    void theMergedDesignAlwaysLoads(@ForAll("triples") Triple t) {
        MergeResult result = DesignMerge.merge(t.base(), t.a(), t.b());
        assertEquals(List.of(), Integrity.check(result.design()), () -> result.conflicts().toString());
        String json = new DesignWriter().toJson(result.design());
        LoadResult read = new DesignReader().parse(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(read.ok(), read.problems()::toString);
        assertEquals(result.design(), read.design());
        for (Conflict c : result.conflicts()) {
            assertTrue(c.sentence().startsWith("Conflict at ") && c.sentence().endsWith("."), c.sentence());
        }
    }

    @Property(tries = 300)
    void aDesignDiffersFromAnotherExactlyWhenTheyAreNotEqual(@ForAll("triples") Triple t) {
        assertTrue(DesignDiff.of(t.a(), t.a()).isEmpty());
        assertEquals(t.base().equals(t.a()), DesignDiff.of(t.base(), t.a()).isEmpty());
        assertEquals(t.a().equals(t.b()), DesignDiff.of(t.a(), t.b()).isEmpty());
    }

    @Property(tries = 100)
    void theCanonicalTextChangesExactlyWhenTheDesignDoes(@ForAll("triples") Triple t) {
        assertEquals(t.base().equals(t.a()), Facts.of(t.base()).equals(Facts.of(t.a())));
    }
}
