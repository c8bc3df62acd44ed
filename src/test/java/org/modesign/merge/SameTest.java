package org.modesign.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.modesign.edit.RandomVariants;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.model.Role;
import org.modesign.model.Scenario;

/** {@link Same} says what the records' {@code equals} says, for every pair of nodes of two related designs. */
class SameTest {

    @Property(tries = 200)
    void agreesWithEquals(@ForAll long seed) {
        Design a = RandomVariants.design(seed);
        Design b = RandomVariants.edited(a, seed + 1, 20);
        for (Scenario s : a.scenarios()) {
            for (Scenario t : b.scenarios()) {
                for (Node x : s.nodes()) {
                    for (Node y : t.nodes()) {
                        assertEquals(x.equals(y), Same.nodes(x, y), () -> x + " / " + y);
                    }
                }
            }
        }
    }

    @Property(tries = 50)
    void numbersCompareAsRecordsDo(@ForAll double fte, @ForAll double other) {
        Role r = MergeFixtures.newRole("r", "R", null);
        List.of(r.withFte(fte), r.withFte(other), r.withFte(-0.0), r.withFte(0.0), r.withFte(Double.NaN)).forEach(x ->
                List.of(r.withFte(fte), r.withFte(-0.0), r.withFte(Double.NaN)).forEach(y ->
                        assertEquals(x.equals(y), Same.nodes(x, y))));
    }
}
