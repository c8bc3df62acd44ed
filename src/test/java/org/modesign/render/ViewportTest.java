package org.modesign.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {

    private final Viewport viewport = new Viewport(100, 50, 800, 600, 2);

    @Test
    void worldAndScreenConvertBothWays() {
        assertEquals(0, viewport.toScreenX(100));
        assertEquals(200, viewport.toScreenY(150));
        assertEquals(150, viewport.toWorldX(100));
        assertEquals(350, viewport.toWorldY(600));
        assertEquals(123.5, viewport.toWorldX(viewport.toScreenX(123.5)), 1e-9);
    }

    @Test
    void theVisibleRectIsTheScreenInWorldUnits() {
        assertEquals(new Rect(100, 50, 400, 300), viewport.visibleWorldRect());
    }

    @Test
    void zoomingKeepsThePointUnderThePointer() {
        Viewport zoomed = viewport.zoomAt(200, 300, 1.5);
        assertEquals(3, zoomed.scale(), 1e-12);
        assertEquals(viewport.toWorldX(200), zoomed.toWorldX(200), 1e-9);
        assertEquals(viewport.toWorldY(300), zoomed.toWorldY(300), 1e-9);
    }

    @Test
    void panningMovesTheChartWithThePointer() {
        Viewport panned = viewport.panBy(40, -20);
        assertEquals(viewport.toScreenX(500) + 40, panned.toScreenX(500), 1e-9);
        assertEquals(viewport.toScreenY(500) - 20, panned.toScreenY(500), 1e-9);
    }

    @Test
    void fitShowsTheWholeRectCentredAndNoCloserThanTheMaximum() {
        Rect world = new Rect(-1000, 0, 4000, 1000);
        Viewport fitted = Viewport.fit(world, 1000, 800, 20, 1);
        assertEquals(960.0 / 4000, fitted.scale(), 1e-12);
        Rect visible = fitted.visibleWorldRect();
        assertTrue(visible.x() < world.x() && visible.maxX() > world.maxX());
        assertEquals(world.centerY(), visible.centerY(), 1e-9);
        assertEquals(1, Viewport.fit(new Rect(0, 0, 10, 10), 1000, 800, 20, 1).scale());
        assertEquals(1, Viewport.fit(Rect.EMPTY, 1000, 800, 20, 1).scale());
    }

    @Test
    void resizingKeepsOriginAndScale() {
        assertEquals(new Viewport(100, 50, 300, 200, 2), viewport.resized(300, 200));
    }

    @Test
    void aScaleMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, 10, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, -1, 10, 1));
    }
}
