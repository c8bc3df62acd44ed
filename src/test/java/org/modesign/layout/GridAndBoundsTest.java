package org.modesign.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modesign.model.Scenario;

class GridAndBoundsTest {

    @Test
    void snapGoesToTheNearestMultiple() {
        assertEquals(40, Grid.snap(37, 10));
        assertEquals(30, Grid.snap(34.9, 10));
        assertEquals(40, Grid.snap(35, 10));
        assertEquals(-40, Grid.snap(-37, 10));
        assertEquals(0, Grid.snap(0.2, 8));
        assertEquals(7.5, Grid.snap(8, 2.5));
        assertTrue(Double.isNaN(Grid.snap(Double.NaN, 10)));
        assertThrows(IllegalArgumentException.class, () -> Grid.snap(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Grid.snap(1, Double.NaN));
    }

    @Test
    void emptyIsTheNeutralElementOfUnion() {
        Bounds card = Bounds.ofCard(10, 20, 180, 64);
        assertSame(card, Bounds.EMPTY.union(card));
        assertSame(card, card.union(Bounds.EMPTY));
        assertTrue(Bounds.EMPTY.isEmpty());
        assertEquals(0, Bounds.EMPTY.width());
        assertEquals(new Bounds(10, 0, 190, 84), card.union(Bounds.ofCard(50, 0, 10, 10)));
        assertEquals(180, card.width());
        assertEquals(64, card.height());
    }

    @Test
    void intersectsNeedsASharedArea() {
        Bounds a = Bounds.ofCard(0, 0, 10, 10);
        assertTrue(a.intersects(Bounds.ofCard(5, 5, 10, 10)));
        assertFalse(a.intersects(Bounds.ofCard(10, 0, 10, 10)));
        assertFalse(a.intersects(Bounds.EMPTY));
    }

    @Test
    void boundsOfAScenarioCoverItsCards() {
        Scenario scenario = new Charts().role("a").role("b").scenario();
        Scenario moved = scenario.withNodes(List.of(scenario.nodes().get(0).withPosition(-10, 5),
                scenario.nodes().get(1).withPosition(300, 400)));
        assertEquals(new Bounds(-10, 5, 480, 464), Bounds.of(moved, 180, 64));
        assertTrue(Bounds.of(new Charts().scenario(), 180, 64).isEmpty());
    }

    @Test
    void spacingRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Spacing(0, 64, 24, 48, 16, 24));
        assertThrows(IllegalArgumentException.class, () -> new Spacing(180, 64, -1, 48, 16, 24));
        assertThrows(IllegalArgumentException.class, () -> new Spacing(180, 64, 24, Double.NaN, 16, 24));
    }
}
