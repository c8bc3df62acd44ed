package org.modesign.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.modesign.model.Scenario;

/** A chart jqwik found (TreeLayoutPropertiesTest, shrunk): with no gaps, rounding dust made touching cards overlap. */
class TreeLayoutRoundingTest {

    @Test
    void cardsThatTouchWithNoGapDoNotOverlapByRoundingDust() {
        List<TreeLayoutPropertiesTest.Card> cards = List.of(
            new TreeLayoutPropertiesTest.Card(0, 13, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 88, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 42, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 150, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, -1, 1, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 0, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 1, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 1, 0, 0, 0),
            new TreeLayoutPropertiesTest.Card(0, 33, 0, 0, 0));
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
