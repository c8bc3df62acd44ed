package org.modesign.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modesign.model.Scenario;

/** A chart jqwik found (TreeLayoutPropertiesTest, shrunk): with no gaps, rounding dust made touching cards overlap. */
class TreeLayoutRoundingTest {

    @Test
    void cardsThatTouchWithNoGapDoNotOverlapByRoundingDust() {
        // 69 roles, all reporting to n0 except these (the shrunk sample, as jqwik printed it).
        List<TreeLayoutPropertiesTest.Card> cards = new ArrayList<>(
                Collections.nCopies(69, new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0)));
        cards.set(0, new TreeLayoutPropertiesTest.Card(0, 13, 0, 0, 0));
        cards.set(12, new TreeLayoutPropertiesTest.Card(0, 88, 0, 0, 0));
        cards.set(13, new TreeLayoutPropertiesTest.Card(0, 42, 0, 0, 0));
        cards.set(18, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(19, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(33, new TreeLayoutPropertiesTest.Card(0, -1, 150, 0, 0));
        cards.set(36, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(37, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(38, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(39, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(40, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(41, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(42, new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0));
        cards.set(66, new TreeLayoutPropertiesTest.Card(0, 1, 0, 0, 0));
        cards.set(67, new TreeLayoutPropertiesTest.Card(0, 1, 0, 0, 0));
        cards.set(68, new TreeLayoutPropertiesTest.Card(0, 33, 0, 0, 0));
        Scenario scenario = TreeLayoutPropertiesTest.scenario(cards);
        Spacing spacing = new Spacing(100, 40, 0, 0, 0, 0);
        Placement p = new TreeLayout(spacing, false).layout(scenario);
        assertEquals(Optional.empty(), Charts.overlap(p, 100, 40));
        assertEquals(200.0, p.x(indexOf(p, "n1")), "not 199.99999999999997");
    }

    private static int indexOf(Placement p, String id) {
        for (int i = 0; i < p.size(); i++) {
            if (p.id(i).equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
