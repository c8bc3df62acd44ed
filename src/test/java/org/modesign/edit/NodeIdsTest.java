package org.modesign.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Ids;

class NodeIdsTest {

    @Test
    void freshIdsAreSlugsWithTheNextFreeNumber() {
        FreshIds ids = new FreshIds(List.of("analyst", "analyst-2", "lead"));
        assertEquals("analyst-3", ids.next("Analyst"));
        assertEquals("analyst-4", ids.next("analyst-2"));
        assertEquals("data-lead", ids.next("Data  Lead!"));
        assertEquals("data-lead-2", ids.next("Data Lead"));
        assertEquals("n", ids.next("???"));
        assertEquals("x", ids.next("x-"));
    }

    @Test
    void freshIdsAreAlwaysValid() {
        FreshIds ids = new FreshIds(List.of());
        String longTitle = "Very ".repeat(40) + "long title";
        for (int i = 0; i < 20; i++) {
            assertTrue(Ids.isValid(ids.next(longTitle)));
        }
        assertEquals("ceo-2", NodeIds.fresh(Fixtures.scenario(Fixtures.design(), Fixtures.CENTRAL), "CEO"));
    }
}
